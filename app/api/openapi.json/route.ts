import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/api-docs/openapi-document";

/** Public: describes the API, reveals no data. */
export function GET() {
  return NextResponse.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
