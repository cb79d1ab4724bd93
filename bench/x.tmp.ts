import { benchDatabase, benchUser } from "./support/environment";
import { db } from "../lib/db/client";
import { createAuthSession, findSessionActor } from "../lib/auth/sessions";

const database = await benchDatabase();
const reviewer = await benchUser("REVIEWER");
const sid = await createAuthSession(reviewer.id);
async function time(label: string, run: () => Promise<unknown>, n = 5000) {
  for (let i = 0; i < 500; i++) await run();
  const t = performance.now();
  for (let i = 0; i < n; i++) await run();
  console.log(label, ((performance.now() - t) / n * 1000).toFixed(0), "µs");
}
const raw = async (id: string) => {
  const [row] = await db.$queryRaw<{ id: string; email: string; name: string; role: string }[]>`
    SELECT u."id", u."email", u."name", u."role"::text AS "role" FROM "AuthSession" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ${id} AND s."revokedAt" IS NULL AND s."expiresAt" > now() AND u."disabledAt" IS NULL`;
  return row ?? null;
};
console.log(await findSessionActor(sid), await raw(sid));
for (let r = 0; r < 2; r++) {
  await time("SELECT 1 $queryRaw", () => db.$queryRaw`SELECT 1`);
  await time("findSessionActor", () => findSessionActor(sid));
  await time("raw session", () => raw(sid));
}
await database.close();
process.exit(0);
