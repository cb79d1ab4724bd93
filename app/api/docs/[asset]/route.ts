import { NextResponse } from "next/server";
import { swaggerAsset } from "@/lib/api-docs/swagger-assets";

/** Swagger UI's script and stylesheet for /api/docs; nothing else is served from here. */
export async function GET(_req: Request, { params }: { params: Promise<{ asset: string }> }) {
  const asset = swaggerAsset((await params).asset);
  if (!asset) return NextResponse.json({ error: { code: "not_found", message: "Not found" } }, { status: 404 });
  return new Response(new Uint8Array(await asset.body), {
    headers: { "Content-Type": asset.contentType, "Cache-Control": "public, max-age=3600", "X-Content-Type-Options": "nosniff" },
  });
}
