import { NextResponse } from "next/server";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authedRoute } from "@/lib/http/route";
import { updateUser } from "@/lib/users/update-user";

export const PATCH = authedRoute<{ id: string }>(async ({ req, actor, params }) => {
  const user = await updateUser({ actor, userId: params.id, input: await readJsonBody(req) });
  return NextResponse.json({ user });
});
