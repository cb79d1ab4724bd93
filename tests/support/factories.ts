import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Actor, Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

export const testPassword = "correct horse battery";

/** A user straight in the database (the test's own data), returned as an actor. */
export async function makeUser(role: Role = "REVIEWER", overrides: { disabled?: boolean; password?: string } = {}): Promise<Actor> {
  const tag = randomBytes(4).toString("hex");
  return db.user.create({
    data: {
      email: `${role.toLowerCase()}-${tag}@example.test`,
      name: `${role[0]}${role.slice(1).toLowerCase()} ${tag}`,
      role,
      passwordHash: await hashPassword(overrides.password ?? testPassword),
      disabledAt: overrides.disabled ? new Date() : null,
    },
    select: { id: true, email: true, name: true, role: true },
  });
}
