import type { Metadata } from "next";
import Link from "next/link";
import { MarkAllReadButton } from "@/components/forms/mark-all-read-button";
import { requirePageActor } from "@/lib/auth/current-actor";
import type { NotificationKind } from "@/lib/enums";
import { listNotifications } from "@/lib/notifications/list-notifications";

export const metadata: Metadata = { title: "Notifications" };

const what: Record<NotificationKind, string> = {
  MENTION: "mentioned you on",
  ASSIGNED: "assigned you",
  REVIEW_REQUESTED: "sent for review a claim assigned to you:",
  REOPENED: "reopened a claim you verified:",
  BLIND_REQUESTED: "asked for your blind verdict on",
  BLIND_COMPLETE: "gave the last blind verdict you asked for on",
};

export default async function NotificationsPage() {
  const actor = await requirePageActor("article.read", "/notifications");
  const { notifications, unread } = await listNotifications({ actor });
  return (
    <>
      <div className="page-heading">
        <h1>Notifications</h1>
        {unread > 0 && <MarkAllReadButton url="/api/notifications/read" announce="notifications-read" />}
      </div>
      {notifications.length === 0 ? (
        <p className="muted">Nothing yet: mentions, assignments, reviews asked of you and your verified claims reopened show here.</p>
      ) : (
        <ul className="article-list" aria-label="Notifications">
          {notifications.map((n) => (
            <li key={n.id}>
              {n.unread && <span className="pill">New</span>} <strong>{n.actorName ?? "Someone"}</strong> {what[n.kind]}{" "}
              <Link href={`/articles/${n.claim.article.slug}?claim=${n.claim.id}`}>“{n.claim.statement}”</Link>
              <p className="muted">
                {n.claim.article.title} · {n.createdAt.slice(0, 16).replace("T", " ")} UTC
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
