import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { StartupError } from "./database";

export const isProduction = process.env.NODE_ENV === "production";

/** NEXTAUTH_SECRET, or outside production a random one kept in .data/ so sessions survive restarts. */
export function authSecret(): string {
  const configured = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (configured) return configured;
  if (isProduction) throw new StartupError("Set NEXTAUTH_SECRET (e.g. `openssl rand -base64 32`) before starting in production.");
  const file = path.resolve(".data/auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

export async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE"
          ? new StartupError(`Port ${port} is already in use. Stop what is using it, or choose another: PORT=${port + 1} npm start`)
          : error,
      );
    });
    server.listen(port, () => server.close(() => resolve()));
  });
}
