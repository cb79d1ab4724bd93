import type { ErrorBody } from "@/lib/http/responses";

export type SubmitResult<T> = { ok: true; data: T } | { ok: false; message: string; fields: Record<string, string> };

/** Sends JSON to one of our route handlers and unpacks our one error shape for forms. */
export async function submitJson<T>(url: string, method: "POST" | "PATCH" | "PUT" | "DELETE", body: unknown): Promise<SubmitResult<T>> {
  try {
    const response = await fetch(url, { method, headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    const json = (await response.json().catch(() => null)) as (T & Partial<ErrorBody>) | null;
    if (response.ok) return { ok: true, data: json as T };
    return { ok: false, message: json?.error?.message ?? `Request failed (${response.status})`, fields: json?.error?.fields ?? {} };
  } catch {
    return { ok: false, message: "Could not reach the server. Try again.", fields: {} };
  }
}
