import { NextResponse } from "next/server";
import { readJsonBody } from "@/lib/http/read-json-body";
import { authedRoute } from "@/lib/http/route";
import { createUser } from "@/lib/users/create-user";
import { listUsers } from "@/lib/users/list-users";

export const GET = authedRoute(async ({ actor }) => NextResponse.json({ users: await listUsers({ actor }) }));

export const POST = authedRoute(async ({ req, actor }) => {
  const user = await createUser({ actor, input: await readJsonBody(req) });
  return NextResponse.json({ user }, { status: 201 });
});
