import { randomBytes } from "node:crypto";

/** URL- and file-name-safe slug with a short random suffix, so equal titles never collide. */
export function articleSlug(title: string): string {
  const base = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${base || "article"}-${randomBytes(3).toString("hex")}`;
}
