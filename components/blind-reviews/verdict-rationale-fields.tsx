import { useId } from "react";
import { errorProps, FieldError } from "@/components/forms/field-error";

/** A verdict to choose and a rationale to write ("Your …" for a reviewer, "Final …" for the editor), read from the form's data. */
export function VerdictRationaleFields({ whose, verdicts, errors }: { whose: "Your" | "Final"; verdicts: { id: string; label: string }[]; errors: Record<string, string> }) {
  const id = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-verdict`}>{whose} verdict</label>
        <select id={`${id}-verdict`} name="verdictId" defaultValue="" {...errorProps(`${id}-verdict`, errors.verdictId)}>
          <option value="">Choose…</option>
          {verdicts.map((v) => (
            <option key={v.id} value={v.id}>
              {v.label}
            </option>
          ))}
        </select>
        <FieldError inputId={`${id}-verdict`} error={errors.verdictId} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-rationale`}>{whose} rationale</label>
        <textarea id={`${id}-rationale`} name="rationale" rows={4} {...errorProps(`${id}-rationale`, errors.rationale)} />
        <FieldError inputId={`${id}-rationale`} error={errors.rationale} />
      </div>
    </>
  );
}
