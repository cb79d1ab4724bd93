import { config } from "@/lib/config";
import { listLiveFactChecks } from "@/lib/publishing/public-fact-check";
import { cacheableResponse, publicOrigin, publicRateLimit } from "@/lib/publishing/public-response";
import { renderAtomFeed } from "@/lib/publishing/render-public-pages";

/** The newest published fact-checks, as Atom. */
export async function GET(req: Request) {
  const limited = await publicRateLimit(req);
  if (limited) return limited;
  return cacheableResponse(req, 200, renderAtomFeed(await listLiveFactChecks(), publicOrigin(req), config().FACTCHECK_ORG_NAME), "application/atom+xml; charset=utf-8");
}
