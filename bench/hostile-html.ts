/**
 * Does hostile HTML stall the server? The event loop's delay (p99, max) while the nesting
 * corpus goes through the document pool three at a time, against the same loop idle, in the
 * same run. The pool is what import and edit requests call.
 */
import { monitorEventLoopDelay } from "node:perf_hooks";
import { closeDocumentPool, prepareDocument } from "../lib/articles/prepare-document";

const corpus = [
  "<div/>".repeat(10_000),
  "<div></x>".repeat(10_000),
  "<blockquote/>".repeat(10_000),
  "<ul><li>".repeat(10_000),
  "<svg>" + "<g>".repeat(10_000),
  "<noscript><div>".repeat(5_000),
];

async function loopDelayDuring(work: () => Promise<unknown>) {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  const started = performance.now();
  await work();
  const ms = performance.now() - started;
  histogram.disable();
  return { ms, p99: histogram.percentile(99) / 1e6, max: histogram.max / 1e6 };
}

export async function benchHostileHtml() {
  const refuse = (html: string) => prepareDocument({ format: "html", content: html }).then(() => "accepted", (e: { code?: string }) => e.code);
  await refuse("<p>warm the pool</p>");
  const idle = await loopDelayDuring(() => new Promise((resolve) => setTimeout(resolve, 1000)));
  const outcomes: unknown[] = [];
  const attacked = await loopDelayDuring(async () => {
    for (let round = 0; round < 3; round++) {
      outcomes.push(...(await Promise.all(corpus.flatMap((html) => [refuse(html), refuse(html), refuse(html)]))));
    }
  });
  await closeDocumentPool();
  return { idle, attacked, documents: outcomes.length, refused: outcomes.filter((o) => o === "validation").length };
}
