import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { neutralizeFormula } from "./neutralize";

/** Formula signs, every space the TypeScript looks past, digits and number parts, and a few others. */
const tricky = fc.constantFrom(
  ..."=+-@\uFF1D\uFF0B\uFF0D\uFF20 \t\n\r\v\f\u00A0\u1680\u2000\u2005\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF\u200B\u200C\u200D\u2060\u180E\u0085\u200E0123456789.eEax\"'—",
);
// PostgreSQL text holds no NUL character, so none is generated.
const cell = fc.oneof(fc.string({ unit: tricky, maxLength: 8 }), fc.string({ unit: "grapheme", maxLength: 8 }).map((s) => s.replaceAll("\0", "")));

describe("neutralize_formula, the database's twin of neutralizeFormula", () => {
  it("gives what the TypeScript gives for any text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cell, { minLength: 1, maxLength: 200 }), async (cells) => {
        const rows = await db.$queryRaw<{ out: string }[]>`SELECT neutralize_formula(cell) AS out FROM unnest(${cells}::text[]) WITH ORDINALITY AS t(cell, n) ORDER BY n`;
        expect(rows.map((row) => row.out)).toEqual(cells.map(neutralizeFormula));
      }),
      { numRuns: 100 },
    );
  });
});
