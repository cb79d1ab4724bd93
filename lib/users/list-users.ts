import { assertCan } from "@/lib/auth/assert";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { userSummarySelect } from "./schema";

export async function listUsers({ actor }: { actor: Actor }) {
  assertCan(actor, "user.manage");
  return db.user.findMany({ select: userSummarySelect, orderBy: [{ role: "asc" }, { name: "asc" }] });
}
