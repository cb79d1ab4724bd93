import { assertCan } from "@/lib/auth/assert";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/permissions";
import { revokeAllSessions } from "@/lib/auth/sessions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { parseWith } from "@/lib/validation";
import { invalid, notFound } from "@/lib/errors";
import { updateUserSchema, userSummarySelect } from "./schema";

/**
 * Changes a user's role, enabled state or password. Disabling a user or resetting their
 * password ends every session they have, effective at their next request.
 */
export async function updateUser({ actor, userId, input }: { actor: Actor; userId: string; input: unknown }) {
  assertCan(actor, "user.manage");
  const change = parseWith(updateUserSchema, input);
  if (userId === actor.id && (change.disabled === true || (change.role && change.role !== actor.role))) {
    // An admin locking themselves out leaves nobody to undo it.
    throw invalid({ [change.role ? "role" : "disabled"]: "You cannot demote or disable your own account" });
  }
  const passwordHash = change.password ? await hashPassword(change.password) : undefined;

  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: userSummarySelect });
    if (!before) throw notFound("User not found");
    const user = await tx.user.update({
      where: { id: userId },
      data: {
        role: change.role,
        passwordHash,
        disabledAt: change.disabled === undefined ? undefined : change.disabled ? (before.disabledAt ?? new Date()) : null,
      },
      select: userSummarySelect,
    });
    if (change.disabled || passwordHash) await revokeAllSessions(tx, userId);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "user.update",
      targetType: "user",
      targetId: userId,
      data: {
        ...(change.role ? { role: { from: before.role, to: change.role } } : {}),
        ...(change.disabled !== undefined ? { disabled: change.disabled } : {}),
        ...(passwordHash ? { passwordReset: true } : {}),
      },
    });
    return user;
  });
}
