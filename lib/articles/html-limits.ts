/**
 * Limits on untrusted HTML, measured on the tree an HTML parser really builds (parse5, the
 * parser jsdom uses): "<div/>" opens a div and an unmatched "</x>" closes nothing, so a scan
 * of tags would undercount. The tree adapter counts as the parser builds and stops it at the
 * first element past a limit, so a 10,000-deep document costs about as much as a 101-deep one.
 */
import { defaultTreeAdapter, parseFragment, type DefaultTreeAdapterMap } from "parse5";

export const maxNestingDepth = 100;
export const maxElements = 50_000;

class LimitExceeded extends Error {}

type Node = DefaultTreeAdapterMap["node"];
type ParentNode = DefaultTreeAdapterMap["parentNode"];

export function htmlLimitProblem(html: string): string | null {
  const depths = new WeakMap<Node, number>();
  let elements = 0;
  const place = (parent: ParentNode, child: Node) => {
    // parse5 builds a fragment under a stand-in <html> and moves the children out at the end:
    // neither the stand-in nor the move counts.
    if (!("tagName" in child) || depths.has(child)) return;
    const parentDepth = depths.get(parent as Node);
    if (parentDepth === undefined) {
      depths.set(child, 0); // the stand-in root
      return;
    }
    const depth = parentDepth + 1;
    if (++elements > maxElements) throw new LimitExceeded(`The article has more than ${maxElements.toLocaleString("en")} HTML elements`);
    if (depth > maxNestingDepth) throw new LimitExceeded(`The article's HTML is nested more than ${maxNestingDepth} levels deep`);
    depths.set(child, depth);
  };
  const treeAdapter = {
    ...defaultTreeAdapter,
    appendChild(parent: ParentNode, child: Node) {
      place(parent, child);
      defaultTreeAdapter.appendChild(parent, child as DefaultTreeAdapterMap["childNode"]);
    },
    insertBefore(parent: ParentNode, child: Node, reference: Node) {
      place(parent, child);
      defaultTreeAdapter.insertBefore(parent, child as DefaultTreeAdapterMap["childNode"], reference as DefaultTreeAdapterMap["childNode"]);
    },
  };
  try {
    // Scripting off, as jsdom parses our HTML: <noscript> content is markup, and is measured.
    parseFragment(html, { treeAdapter: treeAdapter as typeof defaultTreeAdapter, scriptingEnabled: false });
    return null;
  } catch (error) {
    if (error instanceof LimitExceeded) return error.message;
    throw error;
  }
}
