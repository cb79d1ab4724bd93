"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { submitJson } from "@/components/forms/submit-json";
import type { DeletedArticleDto } from "@/lib/articles/delete-article";

/** Deleted articles in the library, for admins: who deleted each, why, and a way back. */
export function DeletedArticles({ articles }: { articles: DeletedArticleDto[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  if (articles.length === 0) return null;

  async function restore(id: string) {
    const result = await submitJson(`/api/articles/${id}/restore`, "POST", {});
    if (result.ok) router.refresh();
    else setError(result.message);
  }

  return (
    <details className="legend deleted-articles">
      <summary>Deleted articles ({articles.length})</summary>
      {error && <p className="form-error" role="alert">{error}</p>}
      <ul>
        {articles.map((article) => (
          <li key={article.id}>
            {article.title}{" "}
            <span className="muted">
              — deleted by {article.deletedBy ?? "someone"} on {new Date(article.deletedAt).toLocaleDateString()}
              {article.deletionReason && `: ${article.deletionReason}`}
            </span>{" "}
            <button type="button" className="button" onClick={() => restore(article.id)}>
              Restore<span className="visually-hidden"> {article.title}</span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
