import type { Metadata } from "next";
import Link from "next/link";
import { CreateWebhookForm } from "@/components/webhooks/create-webhook-form";
import { ToggleWebhookButton } from "@/components/webhooks/webhook-actions";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listWebhooks } from "@/lib/webhooks/manage-webhooks";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  const actor = await requirePageActor("webhook.manage", "/admin/webhooks");
  const webhooks = await listWebhooks({ actor });
  return (
    <>
      <h1>Webhooks</h1>
      <p>
        Other systems hear of verified and reopened claims, imports and edits as signed JSON posts. Failed deliveries are retried for 24 hours. See the{" "}
        <Link href="/api/docs">API reference</Link> for the payloads.
      </p>
      {webhooks.length === 0 ? (
        <p className="muted">No webhooks yet.</p>
      ) : (
        <table className="table" aria-label="Webhook endpoints">
          <thead>
            <tr>
              <th scope="col">Receiver</th>
              <th scope="col">Events</th>
              <th scope="col">Status</th>
              <th scope="col">Deliveries</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {webhooks.map((webhook) => (
              <tr key={webhook.id} aria-label={webhook.url}>
                <td>
                  <Link href={`/admin/webhooks/${webhook.id}`}>{webhook.url}</Link>
                  {webhook.description && <div className="muted">{webhook.description}</div>}
                </td>
                <td>{webhook.events.join(", ")}</td>
                <td>{webhook.active ? <span className="pill">Active</span> : <span className="pill pill-muted">Paused</span>}</td>
                <td>
                  {webhook.deliveries.DELIVERED} delivered · {webhook.deliveries.PENDING} pending · {webhook.deliveries.FAILED} failed
                </td>
                <td className="actions">
                  <ToggleWebhookButton webhookId={webhook.id} active={webhook.active} url={webhook.url} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Add a webhook</h2>
      <CreateWebhookForm />
    </>
  );
}
