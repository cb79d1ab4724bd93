import type { ErrorBody } from "@/lib/http/responses";

export type SubmitFailure = { ok: false; status: number; message: string; fields: Record<string, string>; current?: unknown };
export type SubmitResult<T> = { ok: true; data: T } | SubmitFailure;

/** Sends JSON to one of our route handlers and unpacks our one error shape for forms. */
export async function submitJson<T>(url: string, method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE", body?: unknown): Promise<SubmitResult<T>> {
  try {
    const response = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json().catch(() => null)) as (T & Partial<ErrorBody>) | null;
    if (response.ok) return { ok: true, data: json as T };
    return {
      ok: false,
      status: response.status,
      message: json?.error?.message ?? `Request failed (${response.status})`,
      fields: json?.error?.fields ?? {},
      current: json?.current,
    };
  } catch {
    return { ok: false, status: 0, message: "Could not reach the server. Try again.", fields: {} };
  }
}
