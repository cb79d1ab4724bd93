import { AppError } from "@/lib/errors";
import { assertStorableText } from "@/lib/validation";

/** Multipart/form bodies with a size cap checked before anything is parsed. */
export async function readFormData(req: Request, maxBytes: number): Promise<FormData> {
  if (Number(req.headers.get("content-length") ?? 0) > maxBytes) {
    throw new AppError("payload_too_large", `The upload is over ${Math.round(maxBytes / (1024 * 1024))} MB`);
  }
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    throw new AppError("bad_request", "Send the form as multipart/form-data");
  }
  assertStorableText(Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === "string")));
  return form;
}
