import { afterAll, describe, expect, it } from "vitest";
import { closeStreamPool, streamCopyOut, streamRows } from "./stream-rows";

const manyLines = `COPY (SELECT g, repeat('x', 50) FROM generate_series(1, 200000) g) TO STDOUT (FORMAT csv)`;

afterAll(() => closeStreamPool());

describe("streamed reads", () => {
  it("gives a COPY's bytes in chunks and its row count at the end", async () => {
    const copy = streamCopyOut(`COPY (SELECT g, 'a,b' FROM generate_series(1, 3) g) TO STDOUT (FORMAT csv, HEADER)`);
    const chunks: Buffer[] = [];
    let next = await copy.next();
    for (; !next.done; next = await copy.next()) chunks.push(next.value);
    expect(Buffer.concat(chunks).toString()).toBe('g,?column?\n1,"a,b"\n2,"a,b"\n3,"a,b"\n');
    expect(next.value).toBe(3);
  });

  it("closes a connection left in the middle of a COPY, and every later read works", async () => {
    // More COPYs abandoned than the pool has connections: a connection put back mid-COPY would
    // hand the next reader the rest of the old COPY's bytes, or hang.
    for (let i = 0; i < 6; i++) {
      const copy = streamCopyOut(manyLines);
      expect((await copy.next()).done).toBe(false);
      await copy.return(0);
    }
    let rows = 0;
    for await (const batch of streamRows<{ n: number }>(`SELECT g AS n FROM generate_series(1, 1200) g`, [], 500)) rows += batch.length;
    expect(rows).toBe(1200);
    const copy = streamCopyOut(`COPY (SELECT 42) TO STDOUT`);
    let next = await copy.next();
    const text: string[] = [];
    for (; !next.done; next = await copy.next()) text.push(next.value.toString());
    expect(text.join("")).toBe("42\n");
  });
});
