import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crlfRecordEnds } from "./crlf-records";

const cell = fc.string({ unit: fc.constantFrom("a", "7", " ", ",", '"', "\n", "\r", "—", "🚀") });
const records = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 12 });

/** CSV as COPY writes it: a cell quoted when it holds a comma, a quote or a line break. */
const csv = (rows: string[][], recordEnd: string) =>
  rows.map((row) => row.map((value) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value)).join(",") + recordEnd).join("");

/** The bytes cut at the given places, as a socket might deliver them. */
function cutAt(bytes: Buffer, cuts: number[]): Buffer[] {
  const places = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  return [...places, bytes.length].map((end, i) => bytes.subarray(i === 0 ? 0 : places[i - 1], end));
}

describe("crlfRecordEnds", () => {
  it("ends every record with CRLF and keeps line breaks inside quoted cells, however the bytes are cut", () => {
    fc.assert(
      fc.property(records, fc.array(fc.nat(), { maxLength: 8 }), (rows, cuts) => {
        const withLf = Buffer.from(csv(rows, "\n"));
        const toCrlf = crlfRecordEnds();
        const converted = Buffer.concat(cutAt(withLf, cuts).map((chunk) => toCrlf(chunk)));
        expect(converted.toString()).toBe(csv(rows, "\r\n"));
      }),
      { numRuns: 500 },
    );
  });

  it("passes a chunk with no record end through untouched", () => {
    const chunk = Buffer.from('a,"b\nc",d');
    expect(crlfRecordEnds()(chunk)).toBe(chunk);
  });
});
