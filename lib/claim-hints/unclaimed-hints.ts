/**
 * The hints no claim overlaps yet ("suggested"), for the viewer and the claim list. Linear
 * after sorting: a hint is taken when the furthest end among claims starting before the hint
 * ends does not reach into it. Pure, for the browser.
 */
export function unclaimedHints<H extends { start: number; end: number }>(hints: H[], claims: { startOffset: number; endOffset: number }[]): H[] {
  const sorted = [...claims].sort((a, b) => a.startOffset - b.startOffset);
  const furthestEnd: number[] = [];
  for (const [i, claim] of sorted.entries()) furthestEnd.push(Math.max(claim.endOffset, i ? furthestEnd[i - 1] : -Infinity));
  let index = -1; // the last claim starting before the current hint's end
  return [...hints]
    .sort((a, b) => a.end - b.end)
    .filter((hint) => {
      while (index + 1 < sorted.length && sorted[index + 1].startOffset < hint.end) index++;
      return index < 0 || furthestEnd[index] <= hint.start;
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
