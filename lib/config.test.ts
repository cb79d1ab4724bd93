import { describe, expect, it } from "vitest";
import { config } from "./config";

describe("config", () => {
  it("fills in defaults for a bare environment", () => {
    expect(config({})).toMatchObject({ NODE_ENV: "development", DATABASE_POOL_SIZE: 10, EXPORT_POOL_SIZE: 4, TRUST_PROXY: 0, FACTCHECK_ORG_NAME: "Factcheck desk", OIDC_NAME: "single sign-on" });
  });

  it("reads numbers, proxy hops and URLs", () => {
    expect(config({ DATABASE_POOL_SIZE: "25", TRUST_PROXY: "true", NEXTAUTH_URL: "https://desk.example" })).toMatchObject({ DATABASE_POOL_SIZE: 25, TRUST_PROXY: 1, NEXTAUTH_URL: "https://desk.example" });
  });

  it.each([
    [{ DATABASE_POOL_SIZE: "ten" }, /DATABASE_POOL_SIZE must be a number/],
    [{ DATABASE_POOL_SIZE: "0" }, /DATABASE_POOL_SIZE must be at least 1/],
    [{ TRUST_PROXY: "10.0.0.0/8" }, /TRUST_PROXY must be a number of proxy hops/],
    [{ NEXTAUTH_URL: "desk.example" }, /NEXTAUTH_URL must be an http\(s\) URL/],
    [{ FACTCHECK_PUBLIC_URL: "https://factcheck.example/claims/" }, /must contain \{id\}/],
    [{ LOG_LEVEL: "loud" }, /Configuration/],
  ])("refuses %j with a sentence naming the setting", (env, message) => {
    expect(() => config(env)).toThrow(message);
  });
});
