"use client";

import { ActionButton } from "@/components/forms/action-button";
import { submitJson } from "@/components/forms/submit-json";

/** Pause or resume an endpoint. */
export function ToggleWebhookButton({ webhookId, active, url }: { webhookId: string; active: boolean; url: string }) {
  return <ActionButton label={active ? "Pause" : "Resume"} target={url} request={() => submitJson(`/api/admin/webhooks/${webhookId}`, "PATCH", { active: !active })} />;
}

/** Send a delivery again, with the same payload and idempotency key. */
export function RedeliverButton({ webhookId, deliveryId, event }: { webhookId: string; deliveryId: string; event: string }) {
  return <ActionButton label="Redeliver" target={event} request={() => submitJson(`/api/admin/webhooks/${webhookId}/deliveries/${deliveryId}/redeliver`, "POST")} />;
}
