import { NextResponse } from "next/server";
import { addSource } from "@/lib/claims/sources";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authedRoute } from "@/lib/http/route";

export const POST = authedRoute<{ id: string }>(async ({ req, actor, params }) =>
  NextResponse.json({ claim: await addSource({ actor, claimId: params.id, input: await readJsonBody(req) }) }, { status: 201 }),
);
