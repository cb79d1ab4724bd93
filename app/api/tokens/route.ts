import { NextResponse } from "next/server";
import { createApiToken, listMyApiTokens } from "@/lib/api-tokens/manage-api-tokens";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authedRoute } from "@/lib/http/route";

// Tokens are managed by a signed-in person only: a token can never mint or list tokens.
export const GET = authedRoute(async ({ actor }) => NextResponse.json({ tokens: await listMyApiTokens({ actor }) }), { tokens: false });

/** The response is the only time the secret is shown. */
export const POST = authedRoute(
  async ({ req, actor }) => NextResponse.json(await createApiToken({ actor, input: await readJsonBody(req) }), { status: 201 }),
  { tokens: false },
);
