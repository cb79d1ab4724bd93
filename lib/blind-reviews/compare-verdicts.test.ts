import { describe, expect, it } from "vitest";
import { compareVerdicts } from "./compare-verdicts";

const given = (label: string | null, name: string) => ({ verdict: label ? { id: label.toLowerCase(), label } : null, reviewer: { id: name, name } });

describe("compareVerdicts", () => {
  it("names no leading verdict on a tie", () => {
    expect(compareVerdicts([given("True", "Ana"), given("False", "Ben")])).toMatchObject({ unanimous: false, leading: null, summary: "They differ: False (1), True (1)" });
  });

  it("says when everyone agrees", () => {
    expect(compareVerdicts([given("False", "Ana"), given("False", "Ben")])).toMatchObject({ unanimous: true, summary: "All 2 agree: False" });
  });

  it("lists the verdicts given, most given first, with who gave them", () => {
    const compared = compareVerdicts([given("True", "Ana"), given("False", "Ben"), given("False", "Cy")]);
    expect(compared.unanimous).toBe(false);
    expect(compared.leading).toBe("false");
    expect(compared.summary).toBe("They differ: False (2), True (1)");
    expect(compared.groups).toEqual([
      { verdictId: "false", label: "False", reviewers: ["Ben", "Cy"] },
      { verdictId: "true", label: "True", reviewers: ["Ana"] },
    ]);
  });
});
