import type { Metadata } from "next";
import { VerdictScaleForm } from "@/components/admin/verdict-scale-form";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listVerdicts } from "@/lib/claims/queries";

export const metadata: Metadata = { title: "Verdict scale" };

export default async function VerdictsPage() {
  await requirePageActor("verdict.manage", "/admin/verdicts");
  const verdicts = await listVerdicts();
  return (
    <>
      <h1>Verdict scale</h1>
      <p className="muted">From most true at the top to least. Exports rate verdicts by this order.</p>
      <VerdictScaleForm initial={verdicts.map(({ id, label }) => ({ id, label }))} />
    </>
  );
}
