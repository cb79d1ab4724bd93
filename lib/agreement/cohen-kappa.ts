/**
 * Cohen's kappa for two raters who labelled the same items: observed agreement corrected for
 * the agreement their own label frequencies would give by chance. Pure, no framework imports.
 */
export type LabelPair<L> = readonly [L, L];

/** κ = (pₒ − pₑ) / (1 − pₑ); null when there is nothing to compare or chance agreement is total. */
export function cohenKappa<L>(pairs: readonly LabelPair<L>[]): number | null {
  const n = pairs.length;
  if (n === 0) return null;
  const first = new Map<L, number>();
  const second = new Map<L, number>();
  let agreed = 0;
  for (const [a, b] of pairs) {
    if (a === b) agreed += 1;
    first.set(a, (first.get(a) ?? 0) + 1);
    second.set(b, (second.get(b) ?? 0) + 1);
  }
  const observed = agreed / n;
  let chance = 0;
  for (const [label, count] of first) chance += (count / n) * ((second.get(label) ?? 0) / n);
  if (chance === 1) return null;
  return (observed - chance) / (1 - chance);
}
