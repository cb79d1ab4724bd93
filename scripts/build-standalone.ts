/**
 * Completes Next's standalone output (`.next/standalone`, made by `next build`) into a
 * directory that runs with nothing else: `node migrate.mjs && node server.mjs`.
 *
 * Next traces what its routes import. It cannot see four entry points of ours: the HTTP
 * server around Next (scripts/server.ts), the document worker the piscina pool loads by file
 * name (lib/articles/document-worker.ts), the migration runner and the job worker. Each is bundled with
 * esbuild (our code in, packages left as imports), then traced with @vercel/nft so exactly
 * the packages they load (jsdom, DOMPurify, mammoth, the schema engine's WASM…) are copied
 * beside Next's. Static assets and the migrations are copied as Next's docs describe.
 */
import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { nodeFileTrace } from "@vercel/nft";
import { bundleEntry } from "./lib/build";
import { swaggerAssetFiles, swaggerUiDir } from "../lib/api-docs/swagger-assets";

const root = process.cwd();
const out = path.join(root, ".next", "standalone");

const entries = [
  { from: "scripts/server.ts", to: "server.mjs" },
  { from: "scripts/migrate.ts", to: "migrate.mjs" },
  { from: "scripts/worker.ts", to: "worker.mjs" },
  { from: "lib/articles/document-worker.ts", to: "lib/articles/document-worker.mjs" },
];

if (!existsSync(path.join(out, ".next", "BUILD_ID"))) {
  console.error("✖ No standalone output: run `next build` first (next.config.js sets output: \"standalone\").");
  process.exit(1);
}

// Next's own server.js would run without our peer-address header and cluster: ours replaces it.
rmSync(path.join(out, "server.js"), { force: true });

const bundles = path.join(root, ".next", "standalone-bundles");
for (const entry of entries) {
  await bundleEntry(entry.from, path.join(bundles, entry.to));
}

// Trace from the repository, so package paths in the result are the same as in node_modules.
const { fileList } = await nodeFileTrace(
  entries.map((entry) => path.join(bundles, entry.to)),
  { base: root, processCwd: root },
);
let copied = 0;
for (const file of fileList) {
  if (!file.startsWith("node_modules/")) continue;
  const target = path.join(out, file);
  if (existsSync(target)) continue;
  mkdirSync(path.dirname(target), { recursive: true });
  cpSync(path.join(root, file), target, { dereference: true });
  copied++;
}
// Read by a path built at run time (scripts/lib/schema-engine.ts), which no tracer can follow.
// graphile-worker reads its own SQL migrations from its package folder.
for (const dir of ["node_modules/@prisma/schema-engine-wasm", "node_modules/graphile-worker/sql"]) cpSync(path.join(root, dir), path.join(out, dir), { recursive: true, dereference: true });
// The API reference page's two files, served from here by app/api/docs/[asset] (lib/api-docs/swagger-assets.ts).
for (const file of swaggerAssetFiles) cpSync(path.join(root, swaggerUiDir, file), path.join(out, swaggerUiDir, file));
for (const entry of entries) cpSync(path.join(bundles, entry.to), path.join(out, entry.to));
rmSync(bundles, { recursive: true, force: true });

cpSync(path.join(root, ".next", "static"), path.join(out, ".next", "static"), { recursive: true });
if (existsSync(path.join(root, "public"))) cpSync(path.join(root, "public"), path.join(out, "public"), { recursive: true });
cpSync(path.join(root, "prisma", "migrations"), path.join(out, "prisma", "migrations"), { recursive: true });
cpSync(path.join(root, "prisma", "schema.prisma"), path.join(out, "prisma", "schema.prisma")); // the engine reads it with the migrations

console.log(`Standalone output in .next/standalone: ${entries.map((e) => e.to).join(", ")}; ${copied} more package files traced.`);
