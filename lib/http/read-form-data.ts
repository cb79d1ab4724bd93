import { AppError } from "@/lib/errors";

/** Multipart/form bodies with a size cap checked before anything is parsed. */
export async function readFormData(req: Request, maxBytes: number): Promise<FormData> {
  if (Number(req.headers.get("content-length") ?? 0) > maxBytes) {
    throw new AppError("payload_too_large", `The upload is over ${Math.round(maxBytes / (1024 * 1024))} MB`);
  }
  try {
    return await req.formData();
  } catch {
    throw new AppError("bad_request", "Send the form as multipart/form-data");
  }
}
