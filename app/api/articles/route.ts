import { NextResponse } from "next/server";
import { importArticle } from "@/lib/articles/import-article";
import { searchArticles } from "@/lib/articles/list-articles";
import { maxArticleBytes } from "@/lib/articles/schema";
import { readFormData } from "@/lib/http/read-form-data";
import { authedRoute } from "@/lib/http/route";

const metadataFields = ["title", "outlet", "author", "url", "publishedAt"] as const;

/** GET /api/articles?search=… — the newest 200 articles matching a title or outlet, with claim counts. */
export const GET = authedRoute(async ({ req, actor }) =>
  NextResponse.json({ articles: await searchArticles({ actor, query: Object.fromEntries(new URL(req.url).searchParams) }) }),
);

export const POST = authedRoute(async ({ req, actor }) => {
  const form = await readFormData(req, maxArticleBytes + 64 * 1024);
  const upload = form.get("file");
  const file = upload instanceof File && upload.size > 0 ? { name: upload.name, bytes: Buffer.from(await upload.arrayBuffer()) } : null;
  const metadata = Object.fromEntries(metadataFields.map((field) => [field, form.get(field)?.toString() ?? null]));
  const article = await importArticle({
    actor,
    input: { metadata, format: form.get("format")?.toString(), text: form.get("text")?.toString(), file, snapshotId: form.get("snapshotId")?.toString() || null },
  });
  return NextResponse.json({ article }, { status: 201 });
});
