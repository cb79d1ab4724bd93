import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors";
import { getSnapshot } from "@/lib/snapshots/get-snapshot";

export const metadata: Metadata = { title: "Archived copy" };

/**
 * What we saw: the record of one fetch and the page's readable text, shown as text (never
 * the page's own HTML). The original bytes download from /api/snapshots/<id>.
 */
export default async function SnapshotPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(undefined, `/snapshots/${encodeURIComponent(id)}`);
  const snapshot = await getSnapshot({ actor, snapshotId: id }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const isHttp = /^https?:\/\//i.test(snapshot.finalUrl);
  return (
    <>
      <h1>Archived copy{snapshot.title ? `: ${snapshot.title}` : ""}</h1>
      <dl className="snapshot-record">
        <dt>Captured</dt>
        <dd>{snapshot.capturedAt.toISOString().replace("T", " ").slice(0, 19)} UTC</dd>
        <dt>Address asked for</dt>
        <dd>{snapshot.requestedUrl}</dd>
        <dt>Address after redirects</dt>
        <dd>{isHttp ? <a href={snapshot.finalUrl} rel="noopener noreferrer nofollow">{snapshot.finalUrl}</a> : snapshot.finalUrl}</dd>
        <dt>HTTP status</dt>
        <dd>{snapshot.status}</dd>
        <dt>Content type</dt>
        <dd>
          {snapshot.contentType} · {snapshot.byteSize.toLocaleString("en")} bytes
        </dd>
        <dt>SHA-256</dt>
        <dd>
          <code>{snapshot.sha256}</code>
        </dd>
        {snapshot.byline && (
          <>
            <dt>Byline</dt>
            <dd>{snapshot.byline}</dd>
          </>
        )}
      </dl>
      <p>
        <a href={`/api/snapshots/${snapshot.id}`} download>
          Download the original ({snapshot.contentType})
        </a>
      </p>
      <h2>Readable text</h2>
      {snapshot.text ? <div className="snapshot-text">{snapshot.text}</div> : <p className="muted">No readable text was extracted (for example, a PDF).</p>}
    </>
  );
}
