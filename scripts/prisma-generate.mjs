// `prisma generate` without network access: Prisma's CLI insists on a native schema
// engine binary being present, but generate never runs it. Point it at an existing
// file unless the machine has a real engine configured.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
execFileSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
