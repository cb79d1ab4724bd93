import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";
import { trustedProxyHops } from "./trust-proxy";

describe("clientIp", () => {
  it("ignores X-Forwarded-For unless proxies are trusted, using the connection's peer", () => {
    const headers = { "x-forwarded-for": "6.6.6.6", "x-factcheck-peer": "192.0.2.10" };
    expect(clientIp(headers, 0)).toBe("192.0.2.10");
    expect(clientIp({ "x-forwarded-for": "6.6.6.6" }, 0)).toBe("unknown");
  });

  it("takes the entry the outermost trusted proxy appended, whatever the client prepended", () => {
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.5, 10.0.0.7", "x-factcheck-peer": "10.0.0.9" });
    expect(clientIp(headers, 1)).toBe("10.0.0.7");
    expect(clientIp(headers, 2)).toBe("203.0.113.5");
    expect(clientIp({ "x-factcheck-peer": "10.0.0.9" }, 1)).toBe("10.0.0.9");
  });

  it("reads TRUST_PROXY as a number of hops and refuses anything else", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("2")).toBe(2);
    expect(trustedProxyHops("true")).toBe(1);
    expect(() => trustedProxyHops("10.0.0.0/8")).toThrow(/TRUST_PROXY/);
  });
});
