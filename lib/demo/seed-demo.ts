import { randomBytes } from "node:crypto";
import { insertArticle } from "@/lib/articles/insert-article";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { demoArticles } from "./articles";

export const demoAccounts: { email: string; name: string; role: Role }[] = [
  { email: "admin@factcheck.test", name: "Ada Admin", role: "ADMIN" },
  { email: "editor@factcheck.test", name: "Eddie Editor", role: "EDITOR" },
  { email: "reviewer@factcheck.test", name: "Rita Reviewer", role: "REVIEWER" },
  { email: "reviewer2@factcheck.test", name: "Ravi Reviewer", role: "REVIEWER" },
];

/** The documented development password; production demos get random ones. */
export const developmentDemoPassword = "factcheck-demo";

export type SeededLogin = { email: string; role: Role; password: string };

/**
 * On an empty database, creates the demo accounts and articles and returns the logins so the
 * caller can print them once. Does nothing (returns []) when any user exists.
 */
export async function seedDemoData({ randomPasswords }: { randomPasswords: boolean }): Promise<SeededLogin[]> {
  if ((await db.user.count()) > 0) return [];
  const logins = demoAccounts.map((account) => ({
    ...account,
    password: randomPasswords ? randomBytes(9).toString("base64url") : developmentDemoPassword,
  }));
  const hashes = await Promise.all(logins.map((login) => hashPassword(login.password)));
  // All or nothing: a half-seeded database would never be seeded again.
  await db.$transaction(
    async (tx) => {
      const users = await Promise.all(
        logins.map(({ email, name, role }, index) =>
          tx.user.create({ data: { email, name, role, passwordHash: hashes[index] }, select: { id: true, role: true } }),
        ),
      );
      const admin = users.find((user) => user.role === "ADMIN")!;
      for (const article of demoArticles) await insertArticle(tx, { actorId: admin.id, input: article });
    },
    { timeout: 30_000 },
  );
  return logins.map(({ email, role, password }) => ({ email, role, password }));
}
