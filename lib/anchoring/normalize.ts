/**
 * A matching view of a text, with a map back to the raw offsets. Used only to find a quote
 * whose typography changed; stored and exported quotes are always the raw text.
 *
 * Folded: curly and low quotes to ' and ", dashes and minus signs to -, NBSP and other
 * spaces to a space, zero-width characters removed, NFKC per code point (ligatures,
 * full-width forms), runs of whitespace collapsed to one space.
 */
const foldedCharacters: Record<string, string> = {
  "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
  "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
};
const zeroWidth = /[\u200b\u200c\u200d\u2060\ufeff]/;
const whitespace = /\s/; // includes NBSP, thin and narrow no-break spaces

export type NormalizedText = { text: string; toRaw: number[] };

export function normalizeForMatching(raw: string): NormalizedText {
  let text = "";
  const toRaw: number[] = [];
  let index = 0;
  for (const char of raw) {
    const at = index;
    index += char.length;
    if (zeroWidth.test(char)) continue;
    if (whitespace.test(char)) {
      if (!text.endsWith(" ")) {
        text += " ";
        toRaw.push(at);
      }
      continue;
    }
    const folded = (foldedCharacters[char] ?? char).normalize("NFKC");
    for (let i = 0; i < folded.length; i++) toRaw.push(at);
    text += folded;
  }
  toRaw.push(raw.length);
  return { text, toRaw };
}

/** Raw offset of a normalized end offset: just past the raw character that produced the last matched one. */
export function rawEnd(normalized: NormalizedText, raw: string, end: number): number {
  if (end <= 0) return normalized.toRaw[0] ?? 0;
  const lastRaw = normalized.toRaw[end - 1];
  const code = raw.codePointAt(lastRaw) ?? 0;
  return lastRaw + (code > 0xffff ? 2 : 1);
}
