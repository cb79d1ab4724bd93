import type { TestProject } from "vitest/node";
import { createMigratedDatabase, dropDatabase, startTestServer, uniqueDatabaseName } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    testDb: { adminUrl: string; template: string };
  }
}

/** One PostgreSQL server and one migrated template per run; each test file clones the template. */
export default async function setup(project: TestProject) {
  const server = await startTestServer();
  const template = uniqueDatabaseName("factcheck_template");
  await createMigratedDatabase(server.adminUrl, template);
  project.provide("testDb", { adminUrl: server.adminUrl, template });
  return async () => {
    await dropDatabase(server.adminUrl, template);
    await server.stop();
  };
}
