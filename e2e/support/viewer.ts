import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Selects the n-th occurrence of `text` inside `root` with a real DOM range, as a mouse drag
 * would, then lets the app see the selectionchange. The text may run across several text
 * nodes (decorations such as hints and highlights split a paragraph into spans).
 */
export async function selectText(root: Locator, text: string, occurrence = 0) {
  await root.evaluate(
    (element, { text, occurrence }) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const nodes: { node: Text; start: number }[] = [];
      let all = "";
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push({ node: node as Text, start: all.length });
        all += (node as Text).data;
      }
      const hits: number[] = [];
      for (let at = all.indexOf(text); at !== -1; at = all.indexOf(text, at + 1)) hits.push(at);
      const at = hits[occurrence];
      if (at === undefined) throw new Error(`occurrence ${occurrence} of "${text}" not found (${hits.length} found)`);
      // The node holding an offset (an end offset belongs to the node it closes).
      const locate = (offset: number, isEnd: boolean) => {
        const found = nodes.findLast((n) => (isEnd ? n.start < offset : n.start <= offset))!;
        return [found.node, offset - found.start] as const;
      };
      const range = document.createRange();
      range.setStart(...locate(at, false));
      range.setEnd(...locate(at + text.length, true));
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    { text, occurrence },
  );
}

export function articleText(page: Page) {
  return page.getByLabel("Article text");
}

/**
 * The text right before the highlight of the selected claim, to tell repeated sentences apart.
 * Read in one step in the page: live updates (new hints, others' claims) redraw the
 * decorations at any moment, and an element held across two steps may be gone.
 */
export async function highlightContext(page: Page) {
  await expect(page.locator(".claim-hl-selected").first()).toBeVisible();
  return page.evaluate(() => {
    const element = document.querySelector(".claim-hl-selected")!;
    const paragraph = element.closest("p")!;
    const text = paragraph.textContent ?? "";
    return { text: element.textContent, before: text.slice(0, text.indexOf(element.textContent ?? "")) };
  });
}

/** The server-rendered article looks the same; keyboard paths work once the editor has mounted. */
export async function waitForViewer(page: Page) {
  await expect(page.locator(".ProseMirror")).toBeVisible();
}
