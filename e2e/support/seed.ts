import { randomBytes } from "node:crypto";
import { hashPassword } from "../../lib/auth/password";
import type { Role } from "../../lib/auth/permissions";
import { db } from "../../lib/db/client";

export const e2ePassword = "e2e password 1234";

export type SeededUser = { id: string; email: string; name: string; role: Role; password: string };

/** Each test makes its own people, so tests never share state. */
export async function seedUser(role: Role, name?: string): Promise<SeededUser> {
  const tag = randomBytes(4).toString("hex");
  const user = await db.user.create({
    data: {
      email: `${role.toLowerCase()}-${tag}@e2e.test`,
      name: name ?? `${role[0]}${role.slice(1).toLowerCase()} ${tag}`,
      role,
      passwordHash: await hashPassword(e2ePassword),
    },
    select: { id: true, email: true, name: true, role: true },
  });
  return { ...user, password: e2ePassword };
}
