import { db } from "@/lib/db/client";

/** Readiness: the database answers a trivial query (throws when it cannot be reached). */
export async function assertDatabaseReady(): Promise<void> {
  await db.$queryRaw`SELECT 1`;
}
