import { docsPage } from "@/lib/api-docs/swagger-assets";

/** The API reference page. Public, like the document it shows. */
export function GET(req: Request) {
  return new Response(docsPage(req.headers.get("x-nonce") ?? ""), {
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}
