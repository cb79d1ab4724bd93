import { authedRoute } from "@/lib/http/route";
import { archivedCopyPolicy } from "@/lib/http/security-headers";
import { getSnapshotBody } from "@/lib/snapshots/get-snapshot";

/**
 * The archived bytes, as a download only: an attachment, a sandboxing CSP and nosniff, so
 * an archived page never runs as a page of ours.
 */
export const GET = authedRoute<{ id: string }>(async ({ actor, params }) => {
  const { body, contentType, sha256 } = await getSnapshotBody({ actor, snapshotId: params.id });
  const extension = contentType === "application/pdf" ? "pdf" : contentType.includes("html") ? "html" : "bin";
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": contentType === "application/pdf" ? "application/pdf" : "application/octet-stream",
      "Content-Disposition": `attachment; filename="snapshot-${sha256.slice(0, 12)}.${extension}"`,
      "Content-Security-Policy": archivedCopyPolicy, // proxy.ts sets the same for this path
      "X-Content-Type-Options": "nosniff",
      "X-Snapshot-Sha256": sha256,
    },
  });
});
