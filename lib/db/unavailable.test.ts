import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./unavailable";

describe("isDatabaseUnavailable", () => {
  it.each([
    ["a refused connection", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })],
    ["an admin shutdown", Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" })],
    ["a wrapped adapter error", new Error("query failed", { cause: { kind: "DatabaseNotReachable" } })],
    ["Prisma's P1001", Object.assign(new Error("Can't reach database server"), { code: "P1001" })],
    ["a terminated connection", new Error("Connection terminated unexpectedly")],
    ["a transaction whose connection died", new Error("Client has encountered a connection error and is not queryable")],
  ])("recognizes %s", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("does not mistake bugs or constraint errors for an outage", () => {
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
  });
});
