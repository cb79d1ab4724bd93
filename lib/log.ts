import pino from "pino";

/** Structured JSON logs on stdout. LOG_LEVEL=debug for more, silent in unit tests. */
export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.VITEST ? "silent" : "info"),
  base: { app: "factcheck" },
  redact: ["password", "*.password", "passwordHash", "*.passwordHash"],
});
