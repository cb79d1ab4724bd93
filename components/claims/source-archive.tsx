"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { submitJson } from "@/components/forms/submit-json";
import type { SourceArchiveDto } from "@/lib/snapshots/archive-source";

const when = (iso: string) => iso.slice(0, 16).replace("T", " ") + " UTC";

/**
 * The evidence locker's copy of one source: being fetched, archived (with a link to the stored
 * copy, and a flag when the quoted passage is not in it), or not archived with the reason and
 * a Retry button. While the copy is being fetched it asks the server every two seconds.
 */
export function SourceArchive({ claimId, sourceId, initial, title }: { claimId: string; sourceId: string; initial: SourceArchiveDto; title: string }) {
  const [archive, setArchive] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const url = `/api/claims/${claimId}/sources/${sourceId}/archive`;

  useEffect(() => {
    if (archive.archiveStatus !== "PENDING") return;
    const poll = setInterval(async () => {
      const result = await submitJson<{ archive: SourceArchiveDto }>(url, "GET");
      if (result.ok) setArchive(result.data.archive);
    }, 2000);
    const giveUp = setTimeout(() => clearInterval(poll), 120_000);
    return () => {
      clearInterval(poll);
      clearTimeout(giveUp);
    };
  }, [archive.archiveStatus, url]);

  async function retry() {
    const result = await submitJson<{ archive: SourceArchiveDto }>(url, "POST");
    setError(result.ok ? null : result.message);
    if (result.ok) setArchive(result.data.archive);
  }

  const retryButton = (label: string) => (
    <button type="button" className="button button-quiet" onClick={retry}>
      {label}
      <span className="visually-hidden"> {title}</span>
    </button>
  );

  return (
    <div className="source-archive" data-testid="source-archive">
      {archive.archiveStatus === "PENDING" && <span role="status">Archiving a copy…</span>}
      {archive.archiveStatus === "ARCHIVED" && archive.snapshot && (
        <span>
          Archived on {when(archive.snapshot.capturedAt)} · <Link href={`/snapshots/${archive.snapshot.id}`}>stored copy</Link>
          {archive.archiveError && <span className="muted"> ({archive.archiveError})</span>} {retryButton("Archive again")}
        </span>
      )}
      {archive.passageFound === false && <strong className="flag"> Passage not found in the archived copy</strong>}
      {archive.archiveStatus === "FAILED" && (
        <span>
          <span className="field-error">Not archived: {archive.archiveError}</span> {retryButton("Retry")}
        </span>
      )}
      {archive.archiveStatus === "NONE" && retryButton("Archive a copy")}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
