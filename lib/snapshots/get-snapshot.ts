import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";

const metadata = { id: true, requestedUrl: true, finalUrl: true, status: true, contentType: true, sha256: true, byteSize: true, capturedAt: true, title: true, byline: true, siteName: true, publishedAt: true } as const;

/** A snapshot's record and readable text, for the page that shows what we saw. */
export async function getSnapshot({ actor, snapshotId }: { actor: Actor; snapshotId: string }) {
  assertCan(actor, "article.read");
  const snapshot = await db.snapshot.findUnique({ where: { id: snapshotId }, select: { ...metadata, text: true } });
  if (!snapshot) throw notFound("Snapshot not found");
  return snapshot;
}
export type SnapshotDto = Awaited<ReturnType<typeof getSnapshot>>;

/** The bytes as fetched, for download only (never served as a page: see the route). */
export async function getSnapshotBody({ actor, snapshotId }: { actor: Actor; snapshotId: string }) {
  assertCan(actor, "article.read");
  const snapshot = await db.snapshot.findUnique({ where: { id: snapshotId }, select: { body: true, contentType: true, sha256: true } });
  if (!snapshot) throw notFound("Snapshot not found");
  return snapshot;
}
