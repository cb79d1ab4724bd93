import { AppError } from "@/lib/errors";

/**
 * The request body, read as it streams in and refused (413) the moment it passes `maxBytes`,
 * whether or not it announced its length: a chunked upload is never buffered whole first.
 */
export async function readBodyCapped(req: Request, maxBytes: number, tooLarge: () => AppError): Promise<Buffer> {
  if (Number(req.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge();
  const reader = req.body?.getReader();
  if (!reader) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
