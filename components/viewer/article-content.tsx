import type { ReactNode } from "react";
import type { DocNode } from "@/lib/anchoring/canonical-text";

const safeHref = /^(https?:|mailto:)/i;

function renderText(node: DocNode, key: number): ReactNode {
  let out: ReactNode = node.text;
  for (const mark of node.marks ?? []) {
    if (mark.type === "bold") out = <strong>{out}</strong>;
    else if (mark.type === "italic") out = <em>{out}</em>;
    else if (mark.type === "link") {
      const href = String(mark.attrs?.href ?? "");
      // Only http(s) and mailto links are ever rendered as links.
      if (safeHref.test(href)) out = <a href={href} rel="noopener noreferrer nofollow" target="_blank">{out}</a>;
    }
  }
  return <span key={key}>{out}</span>;
}

function renderNode(node: DocNode, key: number): ReactNode {
  const children = (node.content ?? []).map((child, index) => renderNode(child, index));
  switch (node.type) {
    case "text":
      return renderText(node, key);
    case "hardBreak":
      return <br key={key} />;
    case "paragraph":
      return <p key={key}>{children}</p>;
    case "heading": {
      const level = Number(node.attrs?.level ?? 2);
      return level === 1 ? <h2 key={key}>{children}</h2> : level === 2 ? <h3 key={key}>{children}</h3> : <h4 key={key}>{children}</h4>;
    }
    case "bulletList":
      return <ul key={key}>{children}</ul>;
    case "orderedList":
      return <ol key={key}>{children}</ol>;
    case "listItem":
      return <li key={key}>{children}</li>;
    case "blockquote":
      return <blockquote key={key}>{children}</blockquote>;
    case "horizontalRule":
      return <hr key={key} />;
    default:
      return null;
  }
}

/** Server-rendered article body from its TipTap JSON, with React escaping all text. */
export function ArticleContent({ doc }: { doc: DocNode }) {
  return <div className="article-body">{(doc.content ?? []).map((node, index) => renderNode(node, index))}</div>;
}
