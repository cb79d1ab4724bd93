import { AppError } from "@/lib/errors";
import { assertStorableText } from "@/lib/validation";
import { readBodyCapped } from "./read-body";

const defaultBodyLimit = 256 * 1024;

/**
 * Reads a JSON body with a size cap (413) and a syntax check (400). Validation is the
 * domain's job, after its permission check, so a caller without rights learns nothing.
 */
export async function readJsonBody(req: Request, maxBytes = defaultBodyLimit): Promise<unknown> {
  if (!/^application\/json\s*(;|$)/i.test(req.headers.get("content-type") ?? "")) {
    // A cross-site form can send text/plain or form-encoded bodies without a preflight; JSON cannot.
    throw new AppError("unsupported_media_type", "Send the body as JSON with Content-Type: application/json");
  }
  const tooLarge = () => new AppError("payload_too_large", `Request body is over ${Math.round(maxBytes / 1024)} KB`);
  const text = Buffer.from(await readBodyCapped(req, maxBytes, tooLarge)).toString("utf8");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "Request body must be JSON");
  }
  assertStorableText(body);
  return body;
}
