"use client";

import { useRouter } from "next/navigation";
import { submitJson } from "@/components/forms/submit-json";

/** Marks every notification read (POST), then tells the bell. */
export function MarkNotificationsRead() {
  const router = useRouter();
  return (
    <button
      type="button"
      className="button"
      onClick={async () => {
        const result = await submitJson("/api/notifications/read", "POST", {});
        if (!result.ok) return;
        window.dispatchEvent(new CustomEvent("notifications-read", { detail: 0 }));
        router.refresh();
      }}
    >
      Mark all as read
    </button>
  );
}
