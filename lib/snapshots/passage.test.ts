import { describe, expect, it } from "vitest";
import { passageStandsIn } from "./passage";

describe("passageStandsIn", () => {
  const archived = "The ministry said “spending rose 4.5%” in 2025 — the largest rise\u00a0since   2011.";

  it("finds a passage whatever its quotes, dashes, case and spacing", () => {
    expect(passageStandsIn(archived, '"Spending rose 4.5%"')).toBe(true);
    expect(passageStandsIn(archived, "in 2025 - the largest rise since 2011")).toBe(true);
    expect(passageStandsIn(archived, "“spending rose 4.5%”")).toBe(true);
  });

  it("does not find a passage whose words changed", () => {
    expect(passageStandsIn(archived, "spending rose 5.4%")).toBe(false);
    expect(passageStandsIn(archived, "the largest rise since 2001")).toBe(false);
  });
});
