"use client";

import { useState, type FormEvent } from "react";
import { FormField } from "@/components/forms/form-field";
import { submitJson } from "@/components/forms/submit-json";
import type { ClaimDto } from "@/lib/claims/dto";
import { sourceKindLabels, stanceLabels } from "@/lib/labels";
import { errorProps, FieldError } from "@/components/forms/field-error";
import { SourceArchive } from "./source-archive";

const isHttp = (url: string) => /^https?:\/\//i.test(url);

/**
 * The claim's current evidence. Removing a source asks for a reason and retracts it: the
 * source stays in the history and in any sealed verification that cited it.
 */
export function SourcesSection({ claim, editable, onChanged }: { claim: ClaimDto; editable: boolean; onChanged: (claim: ClaimDto) => void }) {
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  /** Sends one change to the sources; on success clears the messages and hands back the claim. */
  async function send(url: string, method: "POST" | "DELETE", body: unknown): Promise<boolean> {
    const result = await submitJson<{ claim: ClaimDto }>(url, method, body);
    setErrors(result.ok ? {} : result.fields);
    setError(result.ok ? null : result.message);
    if (result.ok) onChanged(result.data.claim);
    return result.ok;
  }

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    if (!(await send(`/api/claims/${claim.id}/sources`, "POST", Object.fromEntries(new FormData(form))))) return;
    form.reset();
    setAdding(false);
  }

  async function remove(event: FormEvent<HTMLFormElement>, sourceId: string) {
    event.preventDefault();
    const reason = new FormData(event.currentTarget).get("reason");
    if (await send(`/api/claims/${claim.id}/sources/${sourceId}`, "DELETE", { reason })) setRemoving(null);
  }

  return (
    <section className="sources" aria-label="Sources">
      <h3>Sources ({claim.sources.length})</h3>
      <ul className="source-list">
        {claim.sources.map((source) => (
          <li key={source.id}>
            {/* Only http(s) links are ever rendered as links. */}
            {isHttp(source.url) ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer nofollow">
                {source.title}
              </a>
            ) : (
              <span>{source.title}</span>
            )}
            <span className="muted">
              {" "}
              · {[source.publisher, sourceKindLabels[source.kind], stanceLabels[source.stance], source.accessedAt].filter(Boolean).join(" · ")}
            </span>
            {source.quotedPassage && <blockquote>{source.quotedPassage}</blockquote>}
            <SourceArchive
              key={`${source.id}:${source.archiveStatus}`}
              claimId={claim.id}
              sourceId={source.id}
              title={source.title}
              initial={{ id: source.id, archiveStatus: source.archiveStatus, archiveError: source.archiveError, passageFound: source.passageFound, snapshot: source.snapshot }}
            />
            {editable && removing !== source.id && (
              <button type="button" className="button button-quiet" onClick={() => setRemoving(source.id)}>
                Remove<span className="visually-hidden"> {source.title}</span>
              </button>
            )}
            {editable && removing === source.id && (
              <form className="confirm" aria-label={`Remove ${source.title}`} onSubmit={(event) => remove(event, source.id)} noValidate>
                <p>Remove this source from the claim? It stays in the claim’s history.</p>
                {error && <p className="form-error" role="alert">{error}</p>}
                <FormField label="Why remove it?" name="reason" error={errors.reason} />
                <div className="actions">
                  <button type="submit" className="button button-danger">Remove source</button>
                  <button type="button" className="button" onClick={() => setRemoving(null)}>Keep it</button>
                </div>
              </form>
            )}
          </li>
        ))}
      </ul>
      {editable &&
        (adding ? (
          <form className="form" aria-label="Add a source" onSubmit={add} noValidate>
            {error && !removing && <p className="form-error" role="alert">{error}</p>}
            <FormField label="URL" name="url" type="url" error={errors.url} />
            <FormField label="Title" name="title" error={errors.title} />
            <FormField label="Publisher" name="publisher" error={errors.publisher} />
            <div className="field">
              <label htmlFor="source-passage">Quoted passage</label>
              <textarea id="source-passage" name="quotedPassage" rows={3} {...errorProps("source-passage", errors.quotedPassage)} />
              <FieldError inputId="source-passage" error={errors.quotedPassage} />
            </div>
            <FormField label="Accessed" name="accessedAt" type="date" error={errors.accessedAt} />
            <div className="field-row">
              <div className="field">
                <label htmlFor="source-kind">Kind</label>
                <select id="source-kind" name="kind" defaultValue="OTHER">
                  {Object.entries(sourceKindLabels).map(([id, label]) => (
                    <option key={id} value={id}>{label}</option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="source-stance">Stance</label>
                <select id="source-stance" name="stance" defaultValue="SUPPORTS">
                  {Object.entries(stanceLabels).map(([id, label]) => (
                    <option key={id} value={id}>{label}</option>
                  ))}
                </select>
              </div>
            </div>
            <div className="actions">
              <button type="submit" className="button button-primary">Save source</button>
              <button type="button" className="button" onClick={() => setAdding(false)}>Cancel</button>
            </div>
          </form>
        ) : (
          <button type="button" className="button" onClick={() => setAdding(true)}>
            Add source
          </button>
        ))}
    </section>
  );
}
