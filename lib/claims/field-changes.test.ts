import { describe, expect, it } from "vitest";
import { fieldChanges } from "./field-changes";

describe("fieldChanges", () => {
  it("lists only fields whose value differs, dates by day", () => {
    const before = { statement: "A", tags: ["x"], claimDate: new Date("2026-01-02T00:00:00Z"), rationale: null };
    const after = { statement: "A", tags: ["x", "y"], claimDate: new Date("2026-01-02T00:00:00Z"), rationale: "because", confidence: undefined };
    expect(fieldChanges(before, after)).toEqual([
      { field: "tags", oldValue: ["x"], newValue: ["x", "y"] },
      { field: "rationale", oldValue: null, newValue: "because" },
    ]);
  });
});
