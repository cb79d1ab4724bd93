import { NextResponse } from "next/server";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authedRoute } from "@/lib/http/route";
import { createWebhook, listWebhooks } from "@/lib/webhooks/manage-webhooks";

export const GET = authedRoute(async ({ actor }) => NextResponse.json({ webhooks: await listWebhooks({ actor }) }));

/** The response carries the signing secret, the only time it is shown. */
export const POST = authedRoute(async ({ req, actor }) => NextResponse.json(await createWebhook({ actor, input: await readJsonBody(req) }), { status: 201 }));
