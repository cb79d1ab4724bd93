"use client";

import { useEffect, useState } from "react";
import { submitJson } from "@/components/forms/submit-json";
import type { ClaimDto } from "@/lib/claims/dto";
import { confidenceLabels } from "@/lib/labels";
import { ClaimConflict } from "./claim-conflict";
import { changesBetween, fieldLabels, valuesOf, type Option, type Values } from "./claim-field-values";
import { errorProps, FieldError } from "@/components/forms/field-error";

/**
 * The claim's editable fields. Saves name the version they started from; on 409 the person
 * sees the other change beside theirs and chooses to re-apply or discard.
 */
export function ClaimFieldsForm({
  claim,
  editable,
  verdicts,
  people,
  onSaved,
  onDirtyChange,
}: {
  claim: ClaimDto;
  /** The fields this person may change now (none, all, or only tags and assignee on a verified claim). */
  editable: readonly string[];
  verdicts: Option[];
  people: Option[];
  onSaved: (claim: ClaimDto) => void;
  onDirtyChange: (dirty: boolean) => void;
}) {
  const [base, setBase] = useState<{ version: number; values: Values }>({ version: claim.version, values: valuesOf(claim) });
  const [values, setValues] = useState<Values>(valuesOf(claim));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ClaimDto | null>(null);
  const [saving, setSaving] = useState(false);
  const changes = changesBetween(base.values, values);
  const dirty = Object.keys(changes).length > 0;
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  // Another change (a status move, a source) bumped the version: follow it unless there are
  // unsaved edits, which keep their base so a save still detects a real conflict.
  const [seenVersion, setSeenVersion] = useState(claim.version);
  if (claim.version !== seenVersion) {
    setSeenVersion(claim.version);
    if (!dirty && claim.version > base.version) {
      setBase({ version: claim.version, values: valuesOf(claim) });
      setValues(valuesOf(claim));
    }
  }

  async function save() {
    if (!dirty || saving) return;
    setSaving(true);
    setMessage(null);
    const result = await submitJson<{ claim: ClaimDto }>(`/api/claims/${claim.id}`, "PATCH", { version: base.version, changes });
    setSaving(false);
    if (result.ok) {
      setErrors({});
      setBase({ version: result.data.claim.version, values: valuesOf(result.data.claim) });
      setValues(valuesOf(result.data.claim));
      setMessage("Saved");
      onSaved(result.data.claim);
      return;
    }
    if (result.status === 409 && result.current) {
      setConflict(result.current as ClaimDto);
      return;
    }
    setErrors(Object.fromEntries(Object.entries(result.fields).map(([k, v]) => [k.replace(/^changes\./, ""), v])));
    setMessage(result.message);
  }

  function reapplyMine() {
    if (!conflict) return;
    const theirs = valuesOf(conflict);
    setBase({ version: conflict.version, values: theirs });
    setValues({ ...theirs, ...Object.fromEntries(Object.keys(changes).map((k) => [k, values[k as keyof Values]])) });
    onSaved(conflict);
    setConflict(null);
    setMessage("Your changes are applied on top of the latest version. Review them and save.");
  }

  function discardMine() {
    if (!conflict) return;
    setBase({ version: conflict.version, values: valuesOf(conflict) });
    setValues(valuesOf(conflict));
    onSaved(conflict);
    setConflict(null);
    setMessage(null);
  }

  const locked = (key: keyof Values) => !editable.includes(key);
  const input = (key: keyof Values, props: Record<string, unknown> = {}) => (
    <div className="field">
      <label htmlFor={`claim-${key}`}>{fieldLabels[key]}</label>
      {key === "statement" || key === "rationale" ? (
        <textarea id={`claim-${key}`} rows={key === "rationale" ? 4 : 3} value={values[key]} disabled={locked(key)} {...errorProps(`claim-${key}`, errors[key])} onChange={(e) => setValues({ ...values, [key]: e.target.value })} />
      ) : (
        <input id={`claim-${key}`} value={values[key]} disabled={locked(key)} {...errorProps(`claim-${key}`, errors[key])} onChange={(e) => setValues({ ...values, [key]: e.target.value })} {...props} />
      )}
      <FieldError inputId={`claim-${key}`} error={errors[key]} />
    </div>
  );

  const choice = (key: "verdictId" | "assigneeId" | "confidence", options: Option[]) => (
    <div className="field">
      <label htmlFor={`claim-${key}`}>{fieldLabels[key]}</label>
      <select id={`claim-${key}`} value={values[key]} disabled={locked(key)} {...errorProps(`claim-${key}`, errors[key])} onChange={(e) => setValues({ ...values, [key]: e.target.value })}>
        <option value="">—</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError inputId={`claim-${key}`} error={errors[key]} />
    </div>
  );

  if (conflict) return <ClaimConflict theirs={conflict} base={base.values} values={values} onReapply={reapplyMine} onDiscard={discardMine} />;

  return (
    <form className="form claim-form" aria-label="Claim details" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      {input("statement")}
      <div className="field-row">
        {input("claimant")}
        {input("claimDate", { type: "date" })}
      </div>
      {input("tags", { placeholder: "comma, separated" })}
      <div className="field-row">
        {choice("verdictId", verdicts)}
        {choice("confidence", Object.entries(confidenceLabels).map(([id, label]) => ({ id, label })))}
      </div>
      {input("rationale")}
      {choice("assigneeId", people)}
      {message && <p className={Object.keys(errors).length ? "form-error" : "form-ok"} role="status">{message}</p>}
      {editable.length > 0 && (
        // aria-disabled, not disabled: a disabled button would drop focus to the page after a save.
        <button type="submit" className="button button-primary" aria-disabled={!dirty || saving}>
          {saving ? "Saving…" : "Save claim"}
        </button>
      )}
    </form>
  );
}
