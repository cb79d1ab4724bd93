import { AppError } from "@/lib/errors";
import { assertStorableText } from "@/lib/validation";
import { readBodyCapped } from "./read-body";

/** Multipart/form bodies with a size cap enforced while they stream in (413), then parsed. */
export async function readFormData(req: Request, maxBytes: number): Promise<FormData> {
  const tooLarge = () => new AppError("payload_too_large", `The upload is over ${Math.round(maxBytes / (1024 * 1024))} MB`);
  const contentType = req.headers.get("content-type") ?? "";
  if (!/^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(contentType)) {
    throw new AppError("unsupported_media_type", "Send the form as multipart/form-data");
  }
  const bytes = await readBodyCapped(req, maxBytes, tooLarge);
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(bytes), { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new AppError("bad_request", "Send the form as multipart/form-data");
  }
  assertStorableText(Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === "string")));
  return form;
}
