import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { expectAppError } from "@/tests/support/app-error";
import { makeUser } from "@/tests/support/factories";
import { listVerdicts } from "./list-verdicts";
import { updateVerdictScale } from "./update-verdict-scale";

describe("the verdict scale", () => {
  it("keeps each verdict's rating and colour when the scale is reordered, and audits the change", async () => {
    const admin = await makeUser("ADMIN");
    const before = await listVerdicts();
    const reversed = [...before].reverse().map(({ id, label }) => ({ id, label }));
    const after = await updateVerdictScale({ actor: admin, input: { verdicts: reversed } });
    expect(after.map((v) => v.id)).toEqual(reversed.map((v) => v.id));
    for (const verdict of after) {
      const was = before.find((v) => v.id === verdict.id)!;
      expect({ rating: verdict.rating, tone: verdict.tone }).toEqual({ rating: was.rating, tone: was.tone });
    }
    expect(await db.auditEvent.count({ where: { action: "verdict.scale", actorId: admin.id } })).toBe(1);
  });

  it("sets and clears ratings, and refuses ratings off the scale", async () => {
    const admin = await makeUser("ADMIN");
    const verdicts = (await listVerdicts()).map(({ id, label }) => ({ id, label }));
    const rated = verdicts.map((v) => (v.id === "verdict_misleading" ? { ...v, rating: 2, tone: "FALSE" as const } : v.id === "verdict_false" ? { ...v, rating: null } : v));
    const saved = await updateVerdictScale({ actor: admin, input: { verdicts: rated } });
    expect(saved.find((v) => v.id === "verdict_misleading")).toMatchObject({ rating: 2, tone: "FALSE" });
    expect(saved.find((v) => v.id === "verdict_false")).toMatchObject({ rating: null });
    const bad = await expectAppError(updateVerdictScale({ actor: admin, input: { verdicts: verdicts.map((v, i) => (i === 0 ? { ...v, rating: 11 } : v)) } }));
    expect(bad.fields).toHaveProperty("verdicts.0.rating");
    const editor = await makeUser("EDITOR");
    expect((await expectAppError(updateVerdictScale({ actor: editor, input: { verdicts } }))).code).toBe("forbidden");
  });
});
