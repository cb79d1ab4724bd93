import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { errorResponse } from "./responses";

afterEach(() => vi.restoreAllMocks());

describe("errorResponse", () => {
  it("answers an unexpected error with 500 and a reference that is also in the log, and nothing internal", async () => {
    const logged = vi.spyOn(log, "error").mockImplementation(() => undefined);
    const response = errorResponse(new Error("password column missing in table secrets"), { method: "GET", path: "/api/x", requestId: "req-1234567890" });
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body).toEqual({ error: { code: "internal", message: "Something went wrong. Reference: req-1234567890", ref: "req-1234567890" } });
    expect(JSON.stringify(body)).not.toContain("secrets");
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ ref: "req-1234567890", path: "/api/x", err: expect.any(Error) }), "unhandled error");
  });

  it("logs refused authorization, and maps the codes of the one table", async () => {
    const warned = vi.spyOn(log, "warn").mockImplementation(() => undefined);
    expect(errorResponse(new AppError("forbidden", "No"), { path: "/api/admin/users" }).status).toBe(403);
    expect(warned).toHaveBeenCalledWith(expect.objectContaining({ event: "authorization_failed", code: "forbidden", path: "/api/admin/users" }), "No");
    expect(errorResponse(new AppError("unsupported_media_type", "JSON please")).status).toBe(415);
    const limited = errorResponse(new AppError("rate_limited", "Slow down", undefined, { retryAfter: 42 }));
    expect([limited.status, limited.headers.get("retry-after")]).toEqual([429, "42"]);
  });

  it("answers a value PostgreSQL refused with 422, not 500", async () => {
    const refused = Object.assign(new Error("invalid byte sequence"), { meta: { driverAdapterError: { cause: { originalCode: "22021" } } } });
    const response = errorResponse(refused);
    expect(response.status).toBe(422);
    expect((await response.json()).error.code).toBe("validation");
  });
});
