"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { SubmitResult } from "./submit-json";

/**
 * A button that sends one request and refreshes the page's data (Pause, Redeliver, Revoke),
 * with an optional confirmation and the server's message beside it when it fails.
 */
export function ActionButton({ label, target, request, confirm, className = "button" }: { label: string; target: string; request: () => Promise<SubmitResult<unknown>>; confirm?: string; className?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <>
      <button
        type="button"
        className={className}
        disabled={pending}
        onClick={async () => {
          if (confirm && !window.confirm(confirm)) return;
          setPending(true);
          const result = await request();
          setPending(false);
          if (!result.ok) return setError(result.message);
          setError(null);
          router.refresh();
        }}
      >
        {label}
        <span className="visually-hidden"> {target}</span>
      </button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
