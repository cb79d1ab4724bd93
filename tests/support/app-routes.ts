/**
 * The route handlers and pages in app/, read from the file system: the authorization matrix
 * and the OpenAPI completeness test both fail when one is added without an entry of theirs.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

function files(dir: string, name: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full, name) : entry.name === name ? [full] : [];
  });
}

/** "GET /api/claims/[id]" for every exported method of every route.ts in app (the API, public pages, the outage page). */
export function routeKeys(): string[] {
  return files("app", "route.ts").flatMap((file) => {
    const route = "/" + path.dirname(file).replace(/^app\//, "");
    const source = readFileSync(file, "utf8");
    const methods = [...source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b|as (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1] ?? m[2]);
    return methods.map((method) => `${method} ${route}`);
  });
}

/** "/articles/[slug]" for every page.tsx under app. */
export function pageKeys(): string[] {
  return files("app", "page.tsx").map((file) => "/" + path.dirname(file).replace(/^app\/?/, "")).map((p) => (p === "/" ? "/" : p.replace(/\/$/, "")));
}
