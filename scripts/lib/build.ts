import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const sources = ["app", "components", "lib", "proxy.ts", "next.config.js", "package-lock.json", "prisma/schema.prisma"];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((newest, child) => Math.max(newest, newestMtime(path.join(entry, child))), stat.mtimeMs);
}

/** True when there is no production build or a source file changed after it was made. */
export function buildIsStale(): boolean {
  const buildId = path.resolve(".next/BUILD_ID");
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return sources.some((source) => newestMtime(source) > builtAt);
}

/** One of our entry points as one ES module for Node: our code in, packages left as imports. */
export async function bundleEntry(from: string, outfile: string) {
  const { outputFiles } = await build({ entryPoints: [from], outfile, write: false, bundle: true, platform: "node", format: "esm", target: "node20", packages: "external", logLevel: "warning" });
  // Written aside, then renamed: a server starting at the same moment never loads half a file.
  mkdirSync(path.dirname(outfile), { recursive: true });
  const partial = `${outfile}.${process.pid}.partial`;
  writeFileSync(partial, outputFiles[0].contents);
  renameSync(partial, outfile);
}

/**
 * The document worker (lib/articles/document-worker.ts) bundled as the standalone output has
 * it, for a server started from the checkout; the server is told where by DOCUMENT_WORKER_FILE.
 * Loaded through tsx instead, the worker parsed a 10,000-word article in 11 ms where the bundle
 * takes 2 (tsx turns parse5's ES modules into CommonJS, a getter call for every constant its
 * tokenizer reads). Made afresh at every start, so it never lags the sources.
 */
export async function bundleDocumentWorker(): Promise<string> {
  const outfile = path.resolve(".next", "document-worker.mjs");
  await bundleEntry("lib/articles/document-worker.ts", outfile);
  return outfile;
}
