import pino from "pino";
import { config } from "@/lib/config";

/** Structured JSON logs on stdout. LOG_LEVEL=debug for more, silent in unit tests. */
export const log = pino({
  level: config().LOG_LEVEL ?? (config().VITEST ? "silent" : "info"),
  base: { app: "factcheck" },
  redact: ["password", "*.password", "passwordHash", "*.passwordHash"],
});
