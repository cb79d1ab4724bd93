/** Per test file: a private database cloned from the migrated template, dropped afterwards. */
import { afterAll, inject } from "vitest";
import { closeDocumentPool } from "../../lib/articles/prepare-document";
import { disconnectDb } from "../../lib/db/client";
import { cloneDatabase, dropDatabase, uniqueDatabaseName } from "./test-database";

const { adminUrl, template } = inject("testDb");
const name = uniqueDatabaseName("factcheck_test");
process.env.DATABASE_URL = await cloneDatabase(adminUrl, template, name);

afterAll(async () => {
  await closeDocumentPool();
  await disconnectDb();
  await dropDatabase(adminUrl, name);
});
