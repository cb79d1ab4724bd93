import { readFile } from "node:fs/promises";
import path from "node:path";

/** Swagger UI's browser files, read from the package (copied into the standalone output by scripts/build-standalone.ts). */
export const swaggerUiDir = "node_modules/swagger-ui-dist";
const contentTypes = { "swagger-ui.css": "text/css; charset=utf-8", "swagger-ui-bundle.js": "text/javascript; charset=utf-8" } as const;
export const swaggerAssetFiles = Object.keys(contentTypes) as (keyof typeof contentTypes)[];

const loaded = new Map<string, Promise<Buffer>>();

/** One of the two files by name, or null for anything else (no paths, no other files). */
export function swaggerAsset(name: string): { body: Promise<Buffer>; contentType: string } | null {
  if (!Object.hasOwn(contentTypes, name)) return null;
  const file = name as keyof typeof contentTypes;
  if (!loaded.has(file)) loaded.set(file, readFile(path.join(process.cwd(), swaggerUiDir, file)));
  return { body: loaded.get(file)!, contentType: contentTypes[file] };
}

/** The reference page: Swagger UI over /api/openapi.json, its scripts carrying this response's CSP nonce. */
export function docsPage(nonce: string): string {
  const attr = nonce.replace(/[^A-Za-z0-9+/=]/g, "");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>API reference · Factcheck</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
<style>body{margin:0;font-family:system-ui,sans-serif}.docs-bar{padding:.6rem 1rem;border-bottom:1px solid #dde;display:flex;gap:1rem;align-items:center}.docs-bar a{color:#1f5fbf}</style>
</head>
<body>
<header class="docs-bar"><a href="/">← Factcheck</a><span>API reference · <a href="/api/openapi.json">openapi.json</a> · tokens on your <a href="/account">account page</a></span></header>
<main id="docs" aria-label="API reference"></main>
<script nonce="${attr}" src="/api/docs/swagger-ui-bundle.js"></script>
<script nonce="${attr}">window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#docs", deepLinking: true, tryItOutEnabled: false });</script>
</body>
</html>`;
}
