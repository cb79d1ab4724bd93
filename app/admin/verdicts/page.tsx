import type { Metadata } from "next";
import { VerdictScaleForm } from "@/components/admin/verdict-scale-form";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listVerdicts } from "@/lib/verdicts/list-verdicts";

export const metadata: Metadata = { title: "Verdict scale" };

export default async function VerdictsPage() {
  await requirePageActor("verdict.manage", "/admin/verdicts");
  const verdicts = await listVerdicts();
  return (
    <>
      <h1>Verdict scale</h1>
      <p className="muted">
        The order claims are listed in. ClaimReview exports give a verdict&apos;s <strong>rating</strong> (higher is truer) with the scale&apos;s lowest and highest
        ratings; leave it blank for verdicts that are not on the truth scale, such as Unverifiable, and only the verdict&apos;s words are published.
      </p>
      <VerdictScaleForm initial={verdicts.map(({ id, label, rating, tone }) => ({ id, label, rating, tone }))} />
    </>
  );
}
