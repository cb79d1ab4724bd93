/**
 * Where blind verdicts agree and differ, for the side-by-side view: the verdicts given,
 * most given first, with who gave each. Pure, shared by the panel and its tests.
 */
export type ComparedVerdict = { verdict: { id: string; label: string } | null; reviewer: { id: string; name: string } };

export type VerdictGroup = { verdictId: string | null; label: string; reviewers: string[] };

/** `leading`: the verdict given most, when one was given more than any other (null on a tie). */
export function compareVerdicts(verdicts: readonly ComparedVerdict[]): { unanimous: boolean; leading: string | null; groups: VerdictGroup[]; summary: string } {
  const groups = new Map<string | null, VerdictGroup>();
  for (const { verdict, reviewer } of verdicts) {
    const key = verdict?.id ?? null;
    const group = groups.get(key) ?? { verdictId: key, label: verdict?.label ?? "No verdict", reviewers: [] };
    group.reviewers.push(reviewer.name);
    groups.set(key, group);
  }
  const sorted = [...groups.values()].sort((a, b) => b.reviewers.length - a.reviewers.length || a.label.localeCompare(b.label));
  const unanimous = sorted.length === 1 && verdicts.length > 1;
  const summary = unanimous
    ? `All ${verdicts.length} agree: ${sorted[0].label}`
    : `They differ: ${sorted.map((g) => `${g.label} (${g.reviewers.length})`).join(", ")}`;
  const leading = sorted.length && (sorted.length === 1 || sorted[0].reviewers.length > sorted[1].reviewers.length) ? sorted[0].verdictId : null;
  return { unanimous, leading, groups: sorted, summary };
}
