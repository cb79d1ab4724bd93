/**
 * Cheap limits checked before untrusted HTML reaches jsdom and DOMPurify, whose cost grows
 * with nesting: a scan of the tags, no parsing.
 */
export const maxNestingDepth = 100;
export const maxElements = 50_000;

const voidElements = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

export function htmlLimitProblem(html: string): string | null {
  let depth = 0;
  let elements = 0;
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = match;
    if (closing) {
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (++elements > maxElements) return `The article has more than ${maxElements.toLocaleString("en")} HTML elements`;
    if (selfClosing || voidElements.has(name.toLowerCase())) continue;
    if (++depth > maxNestingDepth) return `The article's HTML is nested more than ${maxNestingDepth} levels deep`;
  }
  return null;
}
