import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import QueryStream from "pg-query-stream";
import { config } from "@/lib/config";
import { utcPool } from "./utc-client";

// A small pool of plain pg connections for streamed reads (a server-side cursor per export);
// Prisma would materialize whole result sets.
const globalForPool = globalThis as unknown as { factcheckStreamPool?: pg.Pool };

function pool(): pg.Pool {
  if (!globalForPool.factcheckStreamPool) {
    globalForPool.factcheckStreamPool = utcPool(config().DATABASE_URL, config().EXPORT_POOL_SIZE);
  }
  return globalForPool.factcheckStreamPool;
}

/** Rows of a query in batches, read through a cursor: memory stays flat however many rows match. */
export async function* streamRows<T>(text: string, values: unknown[], batchSize = 500): AsyncGenerator<T[]> {
  const client = await pool().connect();
  const stream = client.query(new QueryStream(text, values, { batchSize }));
  try {
    let batch: T[] = [];
    for await (const row of stream) {
      batch.push(row as T);
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  } finally {
    stream.destroy();
    client.release();
  }
}

/**
 * The bytes of a `COPY … TO STDOUT`, chunk by chunk as they arrive; returns the number of rows
 * it wrote. A connection left mid-COPY (the reader went away) is closed, not put back.
 */
export async function* streamCopyOut(sql: string): AsyncGenerator<Buffer, number> {
  const client = await pool().connect();
  const stream = client.query(copyTo(sql));
  let finished = false;
  try {
    for await (const chunk of stream) yield chunk as Buffer;
    finished = true;
    return stream.rowCount;
  } finally {
    stream.destroy();
    client.release(!finished);
  }
}

export async function closeStreamPool(): Promise<void> {
  await globalForPool.factcheckStreamPool?.end();
  globalForPool.factcheckStreamPool = undefined;
}
