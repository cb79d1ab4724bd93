/**
 * Limits on untrusted HTML, measured on the tree an HTML parser really builds (parse5, the
 * parser jsdom uses): "<div/>" opens a div and an unmatched "</x>" closes nothing, so a scan
 * of tags would undercount. The tree adapter counts as the parser builds and stops it at the
 * first element past a limit, so a 10,000-deep document costs about as much as a 101-deep one.
 */
import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap } from "parse5";

export const maxNestingDepth = 100;
export const maxElements = 50_000;

class LimitExceeded extends Error {}

type Node = DefaultTreeAdapterMap["node"];
type ParentNode = DefaultTreeAdapterMap["parentNode"];
export type ParsedBody = DefaultTreeAdapterMap["element"];

/**
 * Parses untrusted HTML as a whole document, exactly as DOMPurify has jsdom parse it (scripting
 * off, so <noscript> content is markup, and is measured), and answers with the <body> element,
 * or with the limit it breaks. <html>, <head> and <body> themselves are not counted: the depth
 * of an element is how deep it sits inside them.
 */
export function parseWithinLimits(html: string): { body: ParsedBody | null } | { problem: string } {
  const depths = new WeakMap<Node, number>();
  let elements = 0;
  let root: Node | undefined;
  // A <template>'s content is a fragment of its own; what is in it sits as deep as the template.
  const templates = new WeakMap<Node, Node>();
  const place = (parent: ParentNode, child: Node) => {
    if (!("tagName" in child) || depths.has(child)) return;
    if (parent.nodeName === "#document") {
      root = child;
      depths.set(child, -1);
      return;
    }
    if (parent === root) {
      depths.set(child, 0); // <head>, <body> (or <frameset>)
      return;
    }
    const depth = (depths.get(templates.get(parent as Node) ?? (parent as Node)) ?? 0) + 1;
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
    setTemplateContent(template: DefaultTreeAdapterMap["template"], content: DefaultTreeAdapterMap["documentFragment"]) {
      templates.set(content, template);
      defaultTreeAdapter.setTemplateContent(template, content);
    },
  };
  try {
    const document = parse(html, { treeAdapter: treeAdapter as typeof defaultTreeAdapter, scriptingEnabled: false });
    const htmlElement = document.childNodes.find((node) => node.nodeName === "html") as ParsedBody | undefined;
    const body = htmlElement?.childNodes.find((node): node is ParsedBody => node.nodeName === "body") ?? null;
    return { body };
  } catch (error) {
    if (error instanceof LimitExceeded) return { problem: error.message };
    throw error;
  }
}

export function htmlLimitProblem(html: string): string | null {
  const parsed = parseWithinLimits(html);
  return "problem" in parsed ? parsed.problem : null;
}
