"use client";

import { useRouter } from "next/navigation";
import { submitJson } from "@/components/forms/submit-json";

/** Marks everything on a list read (POST `url`), tells whoever listens for `announce` (the bell), and reloads the list. */
export function MarkAllReadButton({ url, announce }: { url: string; announce?: string }) {
  const router = useRouter();
  return (
    <button
      type="button"
      className="button"
      onClick={async () => {
        const result = await submitJson(url, "POST", {});
        if (!result.ok) return;
        if (announce) window.dispatchEvent(new CustomEvent(announce, { detail: 0 }));
        router.refresh();
      }}
    >
      Mark all as read
    </button>
  );
}
