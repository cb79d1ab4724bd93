/**
 * Whether a quoted passage still stands in an archived text, read as a person reads: case,
 * curly or straight quotes, dash styles, non-breaking and repeated spaces do not matter. Pure.
 */
export function normalizeForMatching(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

export function passageStandsIn(text: string, passage: string): boolean {
  const wanted = normalizeForMatching(passage).replace(/^["']+|["']+$/g, "").trim();
  return wanted.length === 0 || normalizeForMatching(text).includes(wanted);
}
