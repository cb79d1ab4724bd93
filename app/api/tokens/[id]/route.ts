import { NextResponse } from "next/server";
import { revokeApiToken } from "@/lib/api-tokens/manage-api-tokens";
import { authedRoute } from "@/lib/http/route";

/** Revokes the token (one's own, or anyone's for admins); it stays listed as revoked. */
export const DELETE = authedRoute<{ id: string }>(
  async ({ actor, params }) => NextResponse.json({ token: await revokeApiToken({ actor, tokenId: params.id }) }),
  { tokens: false },
);
