import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readmeBlocks } from "@/tests/support/readme-blocks";
import { isPublicAddress } from "@/lib/outbound/safe-request";
import { retryDelayMs } from "./deliver-webhook";
import { signatureHeader, verifySignature } from "./signature";

describe("webhook signatures", () => {
  const body = JSON.stringify({ id: "evt_1", type: "claim.verified", data: { claim: { id: "c1" } } });

  it("verifies a signature made with the secret, over the timestamp and the exact body", () => {
    const header = signatureHeader("whsec_test", body, 1_700_000_000);
    expect(header).toMatch(/^t=1700000000,v1=[0-9a-f]{64}$/);
    expect(verifySignature("whsec_test", body, header, 300, 1_700_000_100_000)).toBe(true);
  });

  it("refuses another secret, a changed body, a changed timestamp and an old delivery", () => {
    const header = signatureHeader("whsec_test", body, 1_700_000_000);
    const now = 1_700_000_100_000;
    expect(verifySignature("whsec_other", body, header, 300, now)).toBe(false);
    expect(verifySignature("whsec_test", body.replace("c1", "c2"), header, 300, now)).toBe(false);
    expect(verifySignature("whsec_test", body, header.replace("t=1700000000", "t=1700000001"), 300, now)).toBe(false);
    expect(verifySignature("whsec_test", body, header, 300, 1_700_000_000_000 + 301_000)).toBe(false);
    expect(verifySignature("whsec_test", body, "v1=abc", 300, now)).toBe(false);
  });
});

describe("the README's verification example", () => {
  it("accepts our signatures and refuses a tampered body", async () => {
    const [example] = readmeBlocks("## Webhooks", "js");
    const file = path.join(mkdtempSync(path.join(tmpdir(), "readme-")), "verify.mjs");
    writeFileSync(file, example);
    const { verify } = (await import(file)) as { verify: (secret: string, body: string, header: string) => boolean };
    const body = JSON.stringify({ id: "evt_2", type: "article.imported", data: {} });
    const header = signatureHeader("whsec_readme", body);
    expect(verify("whsec_readme", body, header)).toBe(true);
    expect(verify("whsec_readme", `${body} `, header)).toBe(false);
    expect(verify("whsec_other", body, header)).toBe(false);
    expect(verify("whsec_readme", body, signatureHeader("whsec_readme", body, Math.floor(Date.now() / 1000) - 3600))).toBe(false);
  });
});

describe("outbound address guard", () => {
  it("lets only public unicast addresses through", () => {
    for (const address of ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "224.0.0.1", "not an ip"]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
    for (const address of ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "::ffff:93.184.216.34"]) expect(isPublicAddress(address), address).toBe(true);
  });
});

describe("retry schedule", () => {
  it("doubles from the base up to an hour", () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, 30_000))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(20, 30_000)).toBe(3_600_000);
  });
});
