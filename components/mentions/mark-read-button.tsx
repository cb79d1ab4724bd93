"use client";

import { useRouter } from "next/navigation";
import { submitJson } from "@/components/forms/submit-json";

export function MarkReadButton() {
  const router = useRouter();
  return (
    <button
      type="button"
      className="button"
      onClick={async () => {
        const result = await submitJson("/api/mentions/read", "POST", {});
        if (result.ok) router.refresh();
      }}
    >
      Mark all as read
    </button>
  );
}
