import { NextResponse } from "next/server";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authedRoute } from "@/lib/http/route";
import { updatePreferences } from "@/lib/users/preferences";

/** The signed-in person's viewer preferences (hints on or off). A person's, never a token's. */
export const PUT = authedRoute(async ({ req, actor }) => NextResponse.json({ preferences: await updatePreferences({ actor, input: await readJsonBody(req) }) }), { tokens: false });
