import { describe, expect, it } from "vitest";
import { neutralizeFormula } from "./neutralize";

describe("neutralizeFormula", () => {
  it.each(["=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "\n=1", "\0x", "＝1+1", "＋1", "－1+1", "＠SUM(A1)", " =1+1", "   @SUM(A1)", "\u3000=1", "\u00A0+1", "\u200B=1", "\u200D\u2060-1+1", "\uFEFF=1"])(
    "prefixes %j",
    (value) => {
      expect(neutralizeFormula(value)).toBe(`'${value}`);
    },
  );

  it.each(["-12", "-12.5", "+3", "1e5", "-.5"])("leaves the number %j alone", (value) => {
    expect(neutralizeFormula(value)).toBe(value);
  });

  it("leaves ordinary text alone, including dashes inside and curly quotes", () => {
    expect(neutralizeFormula("Costs rose — “sharply” — to $5m")).toBe("Costs rose — “sharply” — to $5m");
    expect(neutralizeFormula("a=b")).toBe("a=b");
  });
});
