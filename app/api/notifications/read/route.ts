import { NextResponse } from "next/server";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authedRoute } from "@/lib/http/route";
import { markNotificationsRead } from "@/lib/notifications/list-notifications";

/** Marks my notifications read: `{ "ids": [...] }`, or all with `{}`. */
export const POST = authedRoute(async ({ req, actor }) => NextResponse.json({ marked: await markNotificationsRead({ actor, input: await readJsonBody(req) }) }));
