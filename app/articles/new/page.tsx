import type { Metadata } from "next";
import { ImportArticleForm } from "@/components/articles/import-article-form";
import { requirePageActor } from "@/lib/auth/current-actor";

export const metadata: Metadata = { title: "Import an article" };

export default async function NewArticlePage() {
  await requirePageActor("article.create", "/articles/new");
  return (
    <>
      <h1>Import an article</h1>
      <p className="muted">Paste the text, or upload a file. Formatting is kept: headings, paragraphs, lists, quotes, links and emphasis.</p>
      <ImportArticleForm />
    </>
  );
}
