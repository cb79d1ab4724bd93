/**
 * End-to-end tests run against a production build (`next build` + `next start`) on a fresh
 * PostgreSQL database of their own. Tests create the users and data they need.
 */
import type { FullConfig } from "@playwright/test";
import { ensureBuild, startAppServer } from "../../scripts/lib/app-server";
import { createMigratedDatabase, dropDatabase, startTestServer, uniqueDatabaseName } from "../../tests/support/test-database";

export default async function globalSetup(config: FullConfig) {
  const port = Number(new URL(String(config.projects[0].use.baseURL)).port);
  ensureBuild();
  const server = await startTestServer();
  const name = uniqueDatabaseName("factcheck_e2e");
  const databaseUrl = await createMigratedDatabase(server.adminUrl, name);
  // Workers inherit this, so test helpers seed the same database the app uses.
  process.env.DATABASE_URL = databaseUrl;
  // Tests serve the pages to import and archive from loopback servers of their own.
  const app = await startAppServer({ databaseUrl, port, logFile: ".test-results/e2e-server.log", env: { FETCH_ALLOW_PRIVATE: "true" } });

  return async () => {
    app.stop();
    await dropDatabase(server.adminUrl, name).catch(() => {});
    await server.stop();
  };
}
