import { NextResponse } from "next/server";
import { assertDatabaseReady } from "@/lib/health";
import { errorResponse } from "@/lib/http/responses";

/** Readiness: the app is up and the database answers (503 with Retry-After when not). Public, reveals nothing. */
export async function GET() {
  try {
    await assertDatabaseReady();
    return NextResponse.json({ ok: true });
  } catch (error) {
    return errorResponse(error, { method: "GET", path: "/api/health" });
  }
}
