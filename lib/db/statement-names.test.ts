import { describe, expect, it } from "vitest";
import { statementNamer } from "./statement-names";

const query = (sql: string, args: unknown[] = ["x"]) => ({ sql, args });

describe("statementNamer", () => {
  it("gives one SQL text one name, and another text another", () => {
    const name = statementNamer();
    const first = name(query(`SELECT "id" FROM "Claim" WHERE "id" = $1`));
    expect(first).toMatch(/^q[\w-]+$/);
    expect(name(query(`SELECT "id" FROM "Claim" WHERE "id" = $1`, ["y"]))).toBe(first);
    expect(statementNamer()(query(`SELECT "id" FROM "Claim" WHERE "id" = $1`))).toBe(first); // every process agrees
    expect(name(query(`SELECT "id" FROM "Source" WHERE "id" = $1`))).not.toBe(first);
  });

  it("leaves statements built from long lists unnamed", () => {
    const name = statementNamer();
    const args = Array.from({ length: 65 }, (_, i) => i);
    expect(name(query(`SELECT 1 WHERE 1 IN (${args.map((_, i) => `$${i + 1}`).join(",")})`, args))).toBe("");
  });

  it("stops naming new shapes at its cap, and keeps the names it gave", () => {
    const name = statementNamer({ maxNamed: 2 });
    const a = name(query("SELECT 1"));
    const b = name(query("SELECT 2"));
    expect(name(query("SELECT 3"))).toBe("");
    expect([name(query("SELECT 1")), name(query("SELECT 2"))]).toEqual([a, b]);
    expect(a).not.toBe("");
  });
});
