import { config } from "@/lib/config";
import { findPublicFactCheck } from "@/lib/publishing/public-fact-check";
import { cacheableResponse, publicOrigin, publicRateLimit } from "@/lib/publishing/public-response";
import { renderFactCheckPage, renderGonePage } from "@/lib/publishing/render-public-pages";

const page = "text/html; charset=utf-8";

/** A public fact-check page: no sign-in; 410 once withdrawn or while the claim is reviewed again. */
export async function GET(req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const limited = await publicRateLimit(req);
  if (limited) return limited;
  const orgName = config().FACTCHECK_ORG_NAME;
  const lookup = await findPublicFactCheck((await params).slug, publicOrigin(req));
  if (lookup.state === "live") return cacheableResponse(req, 200, renderFactCheckPage(lookup.factCheck, orgName), page);
  if (lookup.state === "gone") return cacheableResponse(req, 410, renderGonePage(lookup.reason, orgName), page);
  return cacheableResponse(req, 404, renderGonePage("There is no fact-check at this address.", orgName), page);
}
