import Link from "next/link";
import { can, type Actor } from "@/lib/auth/permissions";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { SignOutButton } from "./sign-out-button";

export function SiteHeader({ actor, unreadMentions, unreadNotifications }: { actor: Actor | null; unreadMentions: number; unreadNotifications: number }) {
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        Factcheck
      </Link>
      {actor && (
        <>
          <nav aria-label="Main">
            <Link href="/">Articles</Link>
            <Link href="/claims">Claims</Link>
            <Link href="/mentions">
              Mentions{unreadMentions > 0 && <span className="count-badge" aria-label={`${unreadMentions} unread`}>{unreadMentions}</span>}
            </Link>
            {can(actor, "dashboard.read") && <Link href="/dashboard">Dashboard</Link>}
            {can(actor, "export.csv") && <Link href="/export">Export</Link>}
            {can(actor, "user.manage") && <Link href="/admin">Users</Link>}
            {can(actor, "verdict.manage") && <Link href="/admin/verdicts">Verdicts</Link>}
            {can(actor, "user.manage") && <Link href="/admin/tokens">Tokens</Link>}
            {can(actor, "webhook.manage") && <Link href="/admin/webhooks">Webhooks</Link>}
            <Link href="/api/docs">API</Link>
          </nav>
          <div className="signed-in" data-testid="signed-in-user">
            <NotificationBell initialUnread={unreadNotifications} />
            <Link href="/account" title="Your account and API tokens">
              {actor.name}
            </Link>
            <span className={`role-badge role-${actor.role.toLowerCase()}`}>{actor.role}</span>
            <SignOutButton />
          </div>
        </>
      )}
    </header>
  );
}
