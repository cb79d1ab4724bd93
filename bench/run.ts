/**
 * `npm run bench`: prints figures with a baseline measured in the same run. Not a test:
 * nothing here passes or fails on timings.
 */
import { db } from "../lib/db/client";
import { benchAnchoring, seedAnnotatedArticle } from "./anchoring";
import { benchHighlights, startApp } from "./highlights";
import { benchDatabase, benchUser } from "./support/environment";

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

async function main() {
  const database = await benchDatabase();
  try {
    console.log("Re-anchoring after an edit (server, ~10,000 words, 1,000 claims)");
    const a = await benchAnchoring(database.url);
    console.log(`  article: ${a.words} words, ${a.claims} claims; results: ${JSON.stringify(a.states)}`);
    console.log(`  re-anchor all claims (diff + match, in memory): ${fmt(a.pureMs)}  | baseline naive indexOf of every quote: ${fmt(a.naiveMs)}  | ratio ${(a.pureMs / a.naiveMs).toFixed(1)}×`);
    console.log(`  whole edit (revision + re-anchor + history, one transaction): ${fmt(a.editMs)}  | baseline raw UPDATE of the same rows: ${fmt(a.rawUpdateMs)}  | ratio ${(a.editMs / a.rawUpdateMs).toFixed(1)}×`);
    console.log(`  edit summary: ${JSON.stringify(a.summary)}`);

    console.log("\nHighlights in Chromium (navigation → drawn, median of 5)");
    const seeded = await seedAnnotatedArticle();
    const reviewer = await benchUser("REVIEWER");
    const app = await startApp(database.url);
    try {
      const h = await benchHighlights(app.baseUrl, reviewer, seeded.article.slug, seeded.plain.slug);
      console.log(`  with 1,000 claims: ${fmt(h.withClaimsMs)} (${h.decorations} highlight spans)  | same article, no claims: ${fmt(h.withoutMs)}  | ratio ${(h.withClaimsMs / h.withoutMs).toFixed(2)}×`);
    } finally {
      app.stop();
    }
  } finally {
    await db.$disconnect();
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
