import { assertCan } from "@/lib/auth/assert";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { parseWith } from "@/lib/validation";
import { invalid } from "@/lib/errors";
import { createUserSchema, userSummarySelect } from "./schema";

export async function createUser({ actor, input }: { actor: Actor; input: unknown }) {
  assertCan(actor, "user.manage");
  const { password, ...data } = parseWith(createUserSchema, input);
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
      throw invalid({ email: "A user with this email already exists" });
    }
    const user = await tx.user.create({ data: { ...data, passwordHash }, select: userSummarySelect });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "user.create",
      targetType: "user",
      targetId: user.id,
      data: { email: user.email, role: user.role },
    });
    return user;
  });
}
