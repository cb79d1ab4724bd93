import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { parseWith } from "@/lib/validation";
import { loadClaimForChange, reloadClaim, versionConflict } from "./load-claim";
import { statusChangeProblem } from "./rules";
import { changeStatusSchema } from "./schema";

/** Moves a claim through Draft → In review → Verified / Rejected, by the rules in rules.ts. */
export async function changeClaimStatus({ actor, claimId, input }: { actor: Actor; claimId: string; input: unknown }) {
  const { version, status, reason, rejectionReason } = parseWith(changeStatusSchema, input);
  return db.$transaction(async (tx) => {
    const { claim, rules } = await loadClaimForChange(tx, actor, claimId);
    const problem = statusChangeProblem(actor, rules, status, { reason, rejectionReason });
    if (problem?.code === "forbidden") throw new AppError("forbidden", problem.message);
    if (claim.version !== version) throw versionConflict(claim);
    if (problem) throw new AppError("validation", problem.message, { [problem.field ?? "status"]: problem.message });

    const data: Prisma.ClaimUncheckedUpdateManyInput = { status, version: { increment: 1 } };
    if (status === "VERIFIED") Object.assign(data, { verifiedById: actor.id, verifiedAt: new Date() });
    if (claim.status === "VERIFIED") Object.assign(data, { verifiedById: null, verifiedAt: null });
    data.rejectionReason = status === "REJECTED" ? rejectionReason : null;

    const { count } = await tx.claim.updateMany({ where: { id: claimId, version }, data });
    if (count === 0) throw versionConflict((await loadClaimForChange(tx, actor, claimId)).claim);
    await tx.claimEvent.create({
      data: {
        claimId,
        actorId: actor.id,
        field: "status",
        oldValue: claim.status,
        newValue: status,
        reason: status === "REJECTED" ? (reason ?? rejectionReason) : reason,
      },
    });
    return reloadClaim(tx, claimId);
  });
}
