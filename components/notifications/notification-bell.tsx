"use client";

import Link from "next/link";
import { useEffect, useState } from "react";

/** The bell: my unread notifications, counted live (a stream that says the number when it changes, on any instance). */
export function NotificationBell({ initialUnread }: { initialUnread: number }) {
  const [unread, setUnread] = useState(initialUnread);
  useEffect(() => {
    const source = new EventSource("/api/notifications/events");
    source.addEventListener("unread", (message) => setUnread((JSON.parse((message as MessageEvent<string>).data) as { count: number }).count));
    source.addEventListener("signed-out", () => source.close());
    const onRead = (event: Event) => setUnread((event as CustomEvent<number>).detail);
    window.addEventListener("notifications-read", onRead);
    return () => {
      source.close();
      window.removeEventListener("notifications-read", onRead);
    };
  }, []);
  return (
    <Link href="/notifications" className="notification-bell" aria-label={unread ? `Notifications, ${unread} unread` : "Notifications"} data-testid="notification-bell">
      <span aria-hidden="true">🔔</span>
      {unread > 0 && (
        <span className="count-badge" aria-hidden="true">
          {unread}
        </span>
      )}
    </Link>
  );
}
