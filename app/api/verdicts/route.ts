import { NextResponse } from "next/server";
import { listVerdicts } from "@/lib/verdicts/list-verdicts";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authedRoute } from "@/lib/http/route";
import { updateVerdictScale } from "@/lib/verdicts/update-verdict-scale";

export const GET = authedRoute(async () => NextResponse.json({ verdicts: await listVerdicts() }));

export const PUT = authedRoute(async ({ req, actor }) =>
  NextResponse.json({ verdicts: await updateVerdictScale({ actor, input: await readJsonBody(req) }) }),
);
