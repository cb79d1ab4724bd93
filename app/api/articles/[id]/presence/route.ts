import { NextResponse } from "next/server";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authedRoute } from "@/lib/http/route";
import { leave, markPresent } from "@/lib/live/presence";

/** A tab's heartbeat (every 5 s, and at once when its open claim or editing changes): answers who is here. */
export const PUT = authedRoute<{ id: string }>(async ({ req, actor, params }) => NextResponse.json({ present: await markPresent({ actor, articleId: params.id, input: await readJsonBody(req) }) }), { tokens: false });

/** The tab is closing. */
export const DELETE = authedRoute<{ id: string }>(async ({ req, actor, params }) => NextResponse.json({ left: await leave({ actor, articleId: params.id, input: await readJsonBody(req) }) }), { tokens: false });
