import { NextResponse } from "next/server";
import { markMentionsRead } from "@/lib/comments/list-mentions";
import { authedRoute } from "@/lib/http/route";

export const POST = authedRoute(async ({ actor }) => NextResponse.json({ marked: await markMentionsRead({ actor }) }));
