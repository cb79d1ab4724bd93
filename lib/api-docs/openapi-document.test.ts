import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { routeKeys } from "@/tests/support/app-routes";
import { webhookEvents } from "@/lib/webhooks/events";
import { openApiDocument } from "./openapi-document";

/** next-auth's own sign-in endpoints and Swagger UI's files are not part of the API. */
const notInTheApi = new Set(["GET /api/auth/[...nextauth]", "POST /api/auth/[...nextauth]", "GET /api/docs/[asset]"]);

const documented = () =>
  Object.entries(openApiDocument().paths ?? {}).flatMap(([path, item]) =>
    Object.keys(item ?? {})
      .filter((key) => ["get", "post", "put", "patch", "delete"].includes(key))
      .map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, "[$1]")}`),
  );

describe("the OpenAPI document", () => {
  it("documents every route handler in app/api, and nothing that does not exist", () => {
    const routes = routeKeys().filter((key) => key.split(" ")[1].startsWith("/api/") && !notInTheApi.has(key));
    expect(documented().sort()).toEqual(routes.sort());
  });

  it("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(openApiDocument()) as unknown as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("describes request bodies from the routes' own zod schemas, errors in one shape, and both ways to sign in", () => {
    const doc = openApiDocument();
    const createClaim = doc.paths?.["/api/articles/{id}/claims"]?.post;
    const body = (createClaim?.requestBody as { content: Record<string, { schema: { required?: string[]; properties?: Record<string, unknown> } }> }).content["application/json"].schema;
    expect(body.required).toEqual(["exact"]);
    expect(Object.keys(body.properties ?? {})).toEqual(["revisionId", "start", "end", "exact", "statement"]);
    expect(createClaim?.responses?.["422"]).toBeDefined();
    expect(createClaim?.security).toEqual([{ session: [] }, { bearer: ["write"] }]);
    expect(doc.paths?.["/api/export/claims"]?.get?.security).toEqual([{ session: [] }, { bearer: ["export"] }]);
    // Token management: a session only.
    expect(doc.paths?.["/api/tokens"]?.post?.security).toEqual([{ session: [] }]);
    expect(Object.keys(doc.components?.securitySchemes ?? {}).sort()).toEqual(["bearer", "session"]);
    expect(doc.components?.schemas?.Error).toBeDefined();
    // What receivers get is documented too, one entry per event.
    expect(Object.keys(doc.webhooks ?? {}).sort()).toEqual([...webhookEvents].sort());
    const exportParams = (doc.paths?.["/api/export/claims"]?.get?.parameters ?? []) as { name: string }[];
    expect(exportParams.map((p) => p.name)).toEqual(expect.arrayContaining(["format", "status", "from", "to", "articleId"]));
  });
});
