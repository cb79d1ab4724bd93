import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RedeliverButton } from "@/components/webhooks/webhook-actions";
import { requirePageActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors";
import { listDeliveries } from "@/lib/webhooks/manage-webhooks";

export const metadata: Metadata = { title: "Webhook deliveries" };

const when = (date: Date | null) => (date ? date.toISOString().slice(0, 19).replace("T", " ") + " UTC" : "—");

export default async function WebhookDeliveriesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor("webhook.manage", `/admin/webhooks/${encodeURIComponent(id)}`);
  const log = await listDeliveries({ actor, webhookId: id, query: { limit: 200 } }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const { endpoint, deliveries } = log;
  return (
    <>
      <p>
        <Link href="/admin/webhooks">← Webhooks</Link>
      </p>
      <h1>Deliveries to {endpoint.url}</h1>
      <p>
        {endpoint.active ? "Active" : "Paused"} · {endpoint.events.join(", ")}
      </p>
      {deliveries.length === 0 ? (
        <p className="muted">Nothing delivered yet.</p>
      ) : (
        <table className="table" aria-label="Deliveries">
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Created</th>
              <th scope="col">Status</th>
              <th scope="col">Attempts</th>
              <th scope="col">Last answer</th>
              <th scope="col">Next attempt</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {deliveries.map((delivery) => (
              <tr key={delivery.id} aria-label={`${delivery.event} ${delivery.id}`}>
                <td>
                  <code>{delivery.event}</code>
                </td>
                <td>{when(delivery.createdAt)}</td>
                <td>{delivery.status === "DELIVERED" ? <span className="pill">Delivered</span> : <span className="pill pill-muted">{delivery.status === "FAILED" ? "Failed" : "Pending"}</span>}</td>
                <td>{delivery.attempts}</td>
                <td>{delivery.lastStatus ? `HTTP ${delivery.lastStatus}` : ""} {delivery.lastError ?? ""} {delivery.lastAttemptAt ? `(${when(delivery.lastAttemptAt)})` : ""}</td>
                <td>{when(delivery.nextAttemptAt)}</td>
                <td className="actions">{delivery.status !== "PENDING" && <RedeliverButton webhookId={endpoint.id} deliveryId={delivery.id} event={delivery.event} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
