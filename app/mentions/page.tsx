import type { Metadata } from "next";
import Link from "next/link";
import { MarkAllReadButton } from "@/components/forms/mark-all-read-button";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listMentions } from "@/lib/comments/list-mentions";

export const metadata: Metadata = { title: "Mentions" };

export default async function MentionsPage() {
  const actor = await requirePageActor("article.read", "/mentions");
  const mentions = await listMentions({ actor });
  return (
    <>
      <div className="page-heading">
        <h1>Mentions</h1>
        {mentions.some((m) => m.unread) && <MarkAllReadButton url="/api/mentions/read" />}
      </div>
      {mentions.length === 0 ? (
        <p className="muted">Nobody has mentioned you yet.</p>
      ) : (
        <ul className="article-list">
          {mentions.map((m) => (
            <li key={m.id}>
              {m.unread && <span className="pill">New</span>} <strong>{m.author.name}</strong> on{" "}
              <Link href={`/articles/${m.claim.article.slug}`}>{m.claim.article.title}</Link>
              <p className="comment-body">{m.body}</p>
              <p className="muted">About: {m.claim.statement}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
