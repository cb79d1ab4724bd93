import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Selects the n-th occurrence of `text` inside `root` with a real DOM range, as a mouse drag
 * would, then lets the app see the selectionchange.
 */
export async function selectText(root: Locator, text: string, occurrence = 0) {
  await root.evaluate(
    (element, { text, occurrence }) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const hits: [Text, number][] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const data = (node as Text).data;
        for (let at = data.indexOf(text); at !== -1; at = data.indexOf(text, at + 1)) hits.push([node as Text, at]);
      }
      const hit = hits[occurrence];
      if (!hit) throw new Error(`occurrence ${occurrence} of "${text}" not found (${hits.length} found)`);
      const range = document.createRange();
      range.setStart(hit[0], hit[1]);
      range.setEnd(hit[0], hit[1] + text.length);
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
