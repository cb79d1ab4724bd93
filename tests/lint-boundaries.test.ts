import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint();

async function restrictedImports(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === "@typescript-eslint/no-restricted-imports").map((m) => m.message);
}

describe("lint keeps the boundaries", () => {
  it("keeps pages and route handlers away from the database", async () => {
    expect(await restrictedImports("app/fixture/page.tsx", 'import { db } from "@/lib/db/client";\nexport default function P() { return String(db); }\n')).toEqual([
      expect.stringMatching(/Only lib\/ talks to the database/),
    ]);
  }, 60_000);

  it("keeps framework imports out of pure modules", async () => {
    expect(await restrictedImports("lib/anchoring/fixture.ts", 'import { cache } from "react";\nexport const x = cache;\n')).toEqual([expect.stringMatching(/Pure modules/)]);
    expect(await restrictedImports("lib/claims/rules.ts", 'import { NextResponse } from "next/server";\nexport const x = NextResponse;\n')).toEqual([expect.stringMatching(/Pure modules/)]);
  }, 60_000);

  it("lets components import server modules for their types only", async () => {
    expect(await restrictedImports("components/fixture.tsx", 'import { pageArticleClaims } from "@/lib/claims/list-article-claims";\nexport const x = pageArticleClaims;\n')).toEqual([expect.stringMatching(/types only/)]);
    expect(await restrictedImports("components/fixture.tsx", 'import type { DeletedClaimDto } from "@/lib/claims/list-article-claims";\nexport type X = DeletedClaimDto;\n')).toEqual([]);
  }, 60_000);
});
