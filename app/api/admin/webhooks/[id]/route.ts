import { NextResponse } from "next/server";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authedRoute } from "@/lib/http/route";
import { updateWebhook } from "@/lib/webhooks/manage-webhooks";

/** Change the address or events, or pause (`active: false`) and resume. Endpoints are never deleted. */
export const PATCH = authedRoute<{ id: string }>(async ({ req, actor, params }) =>
  NextResponse.json({ webhook: await updateWebhook({ actor, webhookId: params.id, input: await readJsonBody(req) }) }),
);
