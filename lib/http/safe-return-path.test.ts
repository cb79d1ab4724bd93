import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

describe("safeReturnPath", () => {
  it("keeps local paths", () => {
    expect(safeReturnPath("/admin?tab=users")).toBe("/admin?tab=users");
  });

  it.each(["//evil.example", "https://evil.example/", "/\\evil.example", "javascript:alert(1)", "", undefined])(
    "refuses %s",
    (value) => {
      expect(safeReturnPath(value)).toBe("/");
    },
  );
});
