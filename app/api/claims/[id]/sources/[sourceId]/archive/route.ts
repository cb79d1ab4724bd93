import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/http/route";
import { getSourceArchive, retryArchive } from "@/lib/snapshots/archive-source";

type Params = { id: string; sourceId: string };

/** Where the source's archived copy stands. */
export const GET = authedRoute<Params>(async ({ actor, params }) =>
  NextResponse.json({ archive: await getSourceArchive({ actor, claimId: params.id, sourceId: params.sourceId }) }),
);

/** Fetch the source's page again (after a failure, or for a fresh copy), in the background. */
export const POST = authedRoute<Params>(async ({ actor, params }) =>
  NextResponse.json({ archive: await retryArchive({ actor, claimId: params.id, sourceId: params.sourceId }) }, { status: 202 }),
);
