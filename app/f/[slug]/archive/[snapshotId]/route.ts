import { config } from "@/lib/config";
import { findPublicSnapshot } from "@/lib/publishing/public-fact-check";
import { cacheableResponse, publicOrigin, publicRateLimit } from "@/lib/publishing/public-response";
import { renderGonePage, renderPublicSnapshotPage } from "@/lib/publishing/render-public-pages";

const page = "text/html; charset=utf-8";

/** The archived copy of a source a live fact-check cites, as text: the public can see what the desk saw. */
export async function GET(req: Request, { params }: { params: Promise<{ slug: string; snapshotId: string }> }) {
  const limited = await publicRateLimit(req);
  if (limited) return limited;
  const { slug, snapshotId } = await params;
  const found = await findPublicSnapshot(slug, snapshotId, publicOrigin(req));
  const orgName = config().FACTCHECK_ORG_NAME;
  if (!found) return cacheableResponse(req, 404, renderGonePage("There is no archived copy at this address.", orgName), page);
  return cacheableResponse(req, 200, renderPublicSnapshotPage(slug, found.factCheck.content.statement, found.snapshot, orgName), page);
}
