import { NextResponse } from "next/server";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authedRoute } from "@/lib/http/route";
import { publishClaim, unpublishClaim } from "@/lib/publishing/publish-claims";

/** Publish the verified claim on its public page (409 when it is not verified). */
export const POST = authedRoute<{ id: string }>(async ({ actor, params }) => NextResponse.json({ claim: await publishClaim({ actor, claimId: params.id }) }));

/** Take the public page down, with a reason: it answers 410 from then on. */
export const DELETE = authedRoute<{ id: string }>(async ({ req, actor, params }) =>
  NextResponse.json({ claim: await unpublishClaim({ actor, claimId: params.id, input: await readJsonBody(req) }) }),
);
