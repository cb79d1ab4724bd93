import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/http/route";
import { listDeliveries } from "@/lib/webhooks/manage-webhooks";

export const GET = authedRoute<{ id: string }>(async ({ req, actor, params }) =>
  NextResponse.json(await listDeliveries({ actor, webhookId: params.id, query: Object.fromEntries(new URL(req.url).searchParams) })),
);
