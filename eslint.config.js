import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/** Pure modules: shared by server, browser and tests, so no framework and no database. */
export const pureModules = [
  "lib/anchoring/**",
  "lib/auth/permissions.ts",
  "lib/claims/rules.ts",
  "lib/dates.ts",
  "lib/enums.ts",
  "lib/labels.ts",
  "lib/errors.ts",
  "lib/validation.ts",
  "lib/articles/first-line.ts",
  "lib/export/neutralize.ts",
  "lib/export/csv-columns.ts",
  "lib/export/json-formats.ts",
  "lib/export/export-row.ts",
  "lib/http/safe-return-path.ts",
  "lib/verdicts/tones.ts",
  "lib/verdicts/rating-scale.ts",
  "lib/verifications/sealed-content.ts",
];

// The generated enums are plain data; everything else under lib/db is the database.
const database = { regex: "^(@/|(\\.\\./)+)lib/db/(?!generated/enums$)", message: "Only lib/ talks to the database: call a domain function instead." };

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  { ignores: ["lib/db/generated/**", ".next/**", ".data/**", "scratch/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  // The boundaries of the house, kept by lint rather than habit (tests/lint-boundaries.test.ts shows they bite).
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [database] }] },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            database,
            {
              group: ["server-only", "node:*", "@/lib/auth/current-actor", "@/lib/auth/options", "@/lib/*/list-*", "@/lib/*/get-*", "@/lib/*/prepare-document"],
              allowTypeImports: true,
              message: "Components may import server modules for their types only.",
            },
          ],
        },
      ],
    },
  },
  {
    files: pureModules,
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [database, { group: ["next", "next/*", "next-auth", "next-auth/*", "react", "react-dom", "react/*"], message: "Pure modules have no framework imports." }] },
      ],
    },
  },
];

export default config;
