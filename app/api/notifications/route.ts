import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/http/route";
import { listNotifications } from "@/lib/notifications/list-notifications";

/** My notifications (mentions, assignments, reviews asked of me, my verified claims reopened), newest first. */
export const GET = authedRoute(async ({ actor }) => NextResponse.json(await listNotifications({ actor })));
