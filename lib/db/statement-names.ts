import { createHash } from "node:crypto";

/** Distinct statements a process prepares; beyond it, new shapes run unnamed (planned each time). */
const maxNamedStatements = 2000;
/** Statements with more parameters are built from lists (IN, VALUES) and rarely repeat. */
const maxNamedParameters = 64;

/**
 * Names for prepared statements, so PostgreSQL parses and plans a query shape once per
 * connection instead of on every request: a claim with its relations is one statement whose
 * planning costs more than running it. The name is a hash of the SQL, so one name always
 * means one text. Shapes built from lists of varying length are left unnamed, and the number
 * of names is capped, so no connection piles up statements without bound.
 */
export function statementNamer({ maxNamed = maxNamedStatements }: { maxNamed?: number } = {}) {
  const named = new Set<string>();
  // "" is pg's unnamed statement.
  return ({ sql, args }: { sql: string; args: unknown[] }): string => {
    if (args.length > maxNamedParameters) return "";
    const name = `q${createHash("sha1").update(sql).digest("base64url")}`;
    if (named.has(name)) return name;
    if (named.size >= maxNamed) return "";
    named.add(name);
    return name;
  };
}
