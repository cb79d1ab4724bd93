import type { Metadata } from "next";
import { ExportForm } from "@/components/export/export-form";
import { listArticles } from "@/lib/articles/list-articles";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listAssignableUsers } from "@/lib/users/list-assignable-users";
import { listVerdicts } from "@/lib/verdicts/list-verdicts";

export const metadata: Metadata = { title: "Export" };

export default async function ExportPage() {
  const actor = await requirePageActor("export.csv", "/export");
  const [verdicts, people, articles] = await Promise.all([listVerdicts(), listAssignableUsers({ actor }), listArticles({ actor })]);
  return (
    <>
      <h1>Export claims</h1>
      <p className="muted">Verified claims by default. The same filters work on the URL: <code>/api/export/claims?format=csv&amp;status=VERIFIED</code> with a session cookie.</p>
      <ExportForm
        verdicts={verdicts.map((v) => ({ id: v.id, label: v.label }))}
        people={people.map((p) => ({ id: p.id, label: p.name }))}
        articles={articles.map((a) => ({ id: a.id, label: a.title }))}
      />
    </>
  );
}
