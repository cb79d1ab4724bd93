import { NextResponse } from "next/server";
import { readVerdictScale } from "@/lib/verdicts/list-verdicts";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authedRoute } from "@/lib/http/route";
import { updateVerdictScale } from "@/lib/verdicts/update-verdict-scale";

export const GET = authedRoute(async ({ actor }) => NextResponse.json({ verdicts: await readVerdictScale({ actor }) }));

export const PUT = authedRoute(async ({ req, actor }) =>
  NextResponse.json({ verdicts: await updateVerdictScale({ actor, input: await readJsonBody(req) }) }),
);
