import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/http/route";
import { redeliverWebhook } from "@/lib/webhooks/manage-webhooks";

export const POST = authedRoute<{ id: string; deliveryId: string }>(async ({ actor, params }) =>
  NextResponse.json({ delivery: await redeliverWebhook({ actor, webhookId: params.id, deliveryId: params.deliveryId }) }),
);
