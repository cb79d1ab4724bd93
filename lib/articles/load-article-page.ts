import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { getArticle } from "./get-article";

/** getArticle for pages: null when missing, so the page can call notFound(). */
export async function findArticleForPage(args: { actor: Actor; slug: string; revisionNumber?: number }) {
  try {
    return await getArticle(args);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  }
}
