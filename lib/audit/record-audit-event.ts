import type { DbTransaction } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

/** Written inside the transaction of the change it describes, so the log never disagrees with the data. */
export async function recordAuditEvent(
  tx: DbTransaction,
  event: { actorId: string | null; action: string; targetType: string; targetId?: string; data?: Prisma.InputJsonValue },
): Promise<void> {
  await tx.auditEvent.create({ data: { ...event, data: event.data ?? {} } });
}
