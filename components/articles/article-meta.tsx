import Link from "next/link";
import { isoDay } from "@/lib/dates";

type Meta = { outlet: string | null; author: string | null; publishedAt: Date | null; url: string | null; snapshot?: { id: string; capturedAt: Date } | null };

export function ArticleMeta({ article }: { article: Meta }) {
  return (
    <p className="muted">
      {[article.outlet, article.author, isoDay(article.publishedAt)].filter(Boolean).join(" · ")}
      {article.url && /^https?:\/\//i.test(article.url) && (
        <>
          {" · "}
          <a href={article.url} rel="noopener noreferrer nofollow" target="_blank">
            Original
          </a>
        </>
      )}
      {article.snapshot && (
        <>
          {" · "}
          <Link href={`/snapshots/${article.snapshot.id}`}>Imported from the web on {isoDay(article.snapshot.capturedAt)} (archived copy)</Link>
        </>
      )}
    </p>
  );
}
