/** Which claims to consider as matches, as full-text queries (pure: tested without a database). */

/** A lexeme as tsquery text: quoted, so no word is read as an operator. */
const lexeme = (word: string) => `'${word.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;

/** The candidate queries, most selective first: the rarest word; then any two of the three rarest. */
export function candidateQueries(words: string[], frequency: (word: string) => number): string[] {
  const rarest = [...new Set(words)].sort((a, b) => frequency(a) - frequency(b) || a.localeCompare(b)).slice(0, 3);
  if (rarest.length < 3) return rarest.length ? [rarest.map(lexeme).join(" | ")] : [];
  const [a, b, c] = rarest.map(lexeme);
  return [a, `(${a} & ${b}) | (${a} & ${c}) | (${b} & ${c})`];
}

