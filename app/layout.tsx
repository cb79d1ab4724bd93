import type { Metadata } from "next";
import type { ReactNode } from "react";
import { HydrationMarker } from "@/components/layout/hydration-marker";
import { SiteHeader } from "@/components/layout/site-header";
import { getPageActor } from "@/lib/auth/current-actor";
import { countUnreadMentions } from "@/lib/comments/list-mentions";
import { countUnread } from "@/lib/notifications/list-notifications";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Factcheck", template: "%s · Factcheck" },
  description: "Annotate claims in news articles, attach sources and verdicts, review and export.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const actor = await getPageActor();
  const [unreadMentions, unreadNotifications] = actor ? await Promise.all([countUnreadMentions({ actor }), countUnread({ actor })]) : [0, 0];
  return (
    <html lang="en">
      <body>
        <a href="#content" className="skip-link">
          Skip to content
        </a>
        <HydrationMarker />
        <SiteHeader actor={actor} unreadMentions={unreadMentions} unreadNotifications={unreadNotifications} />
        <main className="page" id="content" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}
