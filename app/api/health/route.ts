import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";

/** Readiness: the app is up and the database answers. Public, reveals nothing. */
export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return NextResponse.json({ ok: true });
  } catch {
    return NextResponse.json({ ok: false, message: "The database is unavailable right now. Please retry in a few seconds." }, { status: 503, headers: { "Retry-After": "5" } });
  }
}
