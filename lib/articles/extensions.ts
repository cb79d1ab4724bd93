import StarterKit from "@tiptap/starter-kit";

/**
 * The article schema, shared by import (server), the viewer (browser) and rendering. Only what
 * news copy needs: headings, paragraphs, lists, quotes, links, emphasis, hard breaks and rules.
 */
export const articleExtensions = [
  StarterKit.configure({
    heading: { levels: [1, 2, 3] },
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    dropcursor: false,
    gapcursor: false,
    undoRedo: false,
    trailingNode: false,
    link: {
      openOnClick: false,
      autolink: false,
      protocols: ["http", "https", "mailto"],
      HTMLAttributes: { rel: "noopener noreferrer nofollow", target: "_blank" },
      isAllowedUri: (url) => /^(https?:|mailto:)/i.test(url.trim()),
    },
  }),
];
