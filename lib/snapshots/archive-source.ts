import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { db, type DbTransaction } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { enqueueJob } from "@/lib/jobs/job-queue";
import { log } from "@/lib/log";
import { FetchFailed } from "@/lib/outbound/fetch-page";
import { capturePage, isHtml, storeSnapshot } from "./capture-page";
import { passageStandsIn } from "./passage";
import { recordClaimEvent } from "@/lib/live/desk-events";

export const archiveSourceTask = "archive_source";

/** Marks a source as waiting for its copy and queues the job, in the caller's transaction. */
export async function queueArchive(tx: DbTransaction, sourceId: string) {
  await tx.source.update({ where: { id: sourceId }, data: { archiveStatus: "PENDING", archiveError: null } });
  await enqueueArchive(tx, sourceId);
}

/** The archiving job alone, for a source written with archiveStatus PENDING already. */
export async function enqueueArchive(tx: DbTransaction, sourceId: string) {
  await enqueueJob(tx, archiveSourceTask, { sourceId }, { jobKey: `archive:${sourceId}` });
}

/**
 * The job: fetch the source's page with the safe fetcher and keep a snapshot of it. A failure
 * keeps the source and says why; the person can retry. A quoted passage no longer in the
 * archived text is flagged.
 */
export async function archiveSource({ sourceId }: { sourceId: string }): Promise<void> {
  const source = await db.source.findUnique({ where: { id: sourceId }, select: { url: true, quotedPassage: true, archiveStatus: true, createdById: true, claimId: true } });
  if (!source || source.archiveStatus !== "PENDING") return;
  try {
    const captured = await capturePage(source.url);
    const text = captured.readable?.text ?? null;
    await db.$transaction(async (tx) => {
      const snapshot = await storeSnapshot(tx, captured, source.createdById);
      await tx.source.update({
        where: { id: sourceId },
        data: {
          snapshotId: snapshot.id,
          archiveStatus: "ARCHIVED",
          archiveError: isHtml(captured) && !text ? captured.unreadable : null,
          passageFound: source.quotedPassage && text !== null ? passageStandsIn(text, source.quotedPassage) : null,
        },
      });
      await recordClaimEvent(tx, source.claimId, "claim.sources", null);
    });
    log.info({ event: "source_archived", sourceId, contentType: captured.page.contentType, bytes: captured.page.body.length }, "source archived");
  } catch (error) {
    if (!(error instanceof FetchFailed)) throw error; // a database problem: the queue retries the job
    await db.$transaction(async (tx) => {
      await tx.source.update({ where: { id: sourceId }, data: { archiveStatus: "FAILED", archiveError: error.message.slice(0, 500) } });
      await recordClaimEvent(tx, source.claimId, "claim.sources", null);
    });
    log.info({ event: "source_archive_failed", sourceId, reason: error.message }, "source not archived");
  }
}

const archiveSelect = { id: true, archiveStatus: true, archiveError: true, passageFound: true, snapshot: { select: { id: true, capturedAt: true, sha256: true } } } as const;

/** Where a source's copy stands: the panel asks while it is being fetched. */
export async function getSourceArchive({ actor, claimId, sourceId }: { actor: Actor; claimId: string; sourceId: string }) {
  assertCan(actor, "article.read");
  const source = await db.source.findFirst({ where: { id: sourceId, claimId, claim: { deletedAt: null } }, select: archiveSelect });
  if (!source) throw notFound("Source not found");
  return toArchiveDto(source);
}

type ArchiveRow = { id: string; archiveStatus: "NONE" | "PENDING" | "ARCHIVED" | "FAILED"; archiveError: string | null; passageFound: boolean | null; snapshot: { id: string; capturedAt: Date; sha256: string } | null };
const toArchiveDto = ({ snapshot, ...rest }: ArchiveRow) => ({ ...rest, snapshot: snapshot && { ...snapshot, capturedAt: snapshot.capturedAt.toISOString() } });
export type SourceArchiveDto = ReturnType<typeof toArchiveDto>;

/** "Retry" on a source whose archiving failed (or to take a fresh copy). */
export async function retryArchive({ actor, claimId, sourceId }: { actor: Actor; claimId: string; sourceId: string }) {
  assertCan(actor, "claim.comment");
  return db.$transaction(async (tx) => {
    const source = await tx.source.findFirst({ where: { id: sourceId, claimId, retractedAt: null, claim: { deletedAt: null } }, select: { id: true } });
    if (!source) throw notFound("Source not found");
    await queueArchive(tx, sourceId);
    return toArchiveDto(await tx.source.findUniqueOrThrow({ where: { id: sourceId }, select: archiveSelect }));
  });
}
