"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { submitJson } from "@/components/forms/submit-json";

/** Pause or resume an endpoint. */
export function ToggleWebhookButton({ webhookId, active, url }: { webhookId: string; active: boolean; url: string }) {
  return <ActionButton label={active ? "Pause" : "Resume"} target={url} request={() => submitJson(`/api/admin/webhooks/${webhookId}`, "PATCH", { active: !active })} />;
}

/** Send a delivery again, with the same payload and idempotency key. */
export function RedeliverButton({ webhookId, deliveryId, event }: { webhookId: string; deliveryId: string; event: string }) {
  return <ActionButton label="Redeliver" target={event} request={() => submitJson(`/api/admin/webhooks/${webhookId}/deliveries/${deliveryId}/redeliver`, "POST")} />;
}

function ActionButton({ label, target, request }: { label: string; target: string; request: () => ReturnType<typeof submitJson> }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={pending}
        onClick={async () => {
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
