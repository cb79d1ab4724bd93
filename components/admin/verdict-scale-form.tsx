"use client";

import { useState } from "react";
import { toneLabels } from "@/lib/labels";
import { submitJson } from "@/components/forms/submit-json";
import type { VerdictDto } from "@/lib/verdicts/list-verdicts";
import { verdictTones } from "@/lib/enums";
import { errorProps, FieldError } from "@/components/forms/field-error";

type Verdict = Pick<VerdictDto, "id" | "label" | "rating" | "tone">;

/**
 * The verdict scale: order, words, truth rating (blank = not rated, e.g. Unverifiable) and
 * highlight colour. Ratings and colours belong to each verdict, so reordering keeps them.
 */
export function VerdictScaleForm({ initial }: { initial: Verdict[] }) {
  const [verdicts, setVerdicts] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const move = (index: number, by: number) => {
    const next = [...verdicts];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item);
    setVerdicts(next);
  };
  const change = (id: string, patch: Partial<Verdict>) => setVerdicts(verdicts.map((v) => (v.id === id ? { ...v, ...patch } : v)));

  async function save() {
    const result = await submitJson<{ verdicts: Verdict[] }>("/api/verdicts", "PUT", { verdicts });
    if (result.ok) {
      setErrors({});
      setVerdicts(result.data.verdicts.map(({ id, label, rating, tone }) => ({ id, label, rating, tone })));
      setMessage({ ok: true, text: "Verdict scale saved" });
    } else {
      setErrors(result.fields);
      setMessage({ ok: false, text: result.message });
    }
  }

  return (
    <form className="form form-wide" aria-label="Verdict scale" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <ol className="verdict-scale">
        {verdicts.map((verdict, index) => (
          <li key={verdict.id}>
            <label className="visually-hidden" htmlFor={`verdict-${verdict.id}`}>
              Verdict {index + 1}
            </label>
            <input id={`verdict-${verdict.id}`} value={verdict.label} {...errorProps(`verdict-${verdict.id}`, errors[`verdicts.${index}.label`])} onChange={(e) => change(verdict.id, { label: e.target.value })} />
            <label className="inline-label">
              Rating
              <input
                id={`rating-${verdict.id}`}
                type="number"
                {...errorProps(`rating-${verdict.id}`, errors[`verdicts.${index}.rating`])}
                min={1}
                max={10}
                className="rating-input"
                value={verdict.rating ?? ""}
                placeholder="not rated"
                aria-label={`Rating of ${verdict.label}`}
                onChange={(e) => change(verdict.id, { rating: e.target.value === "" ? null : Number(e.target.value) })}
              />
            </label>
            <label className="inline-label">
              Colour
              <select value={verdict.tone} aria-label={`Colour of ${verdict.label}`} onChange={(e) => change(verdict.id, { tone: e.target.value as Verdict["tone"] })}>
                {verdictTones.map((tone) => (
                  <option key={tone} value={tone}>
                    {toneLabels[tone]}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="button" disabled={index === 0} onClick={() => move(index, -1)}>
              Up<span className="visually-hidden"> {verdict.label}</span>
            </button>
            <button type="button" className="button" disabled={index === verdicts.length - 1} onClick={() => move(index, 1)}>
              Down<span className="visually-hidden"> {verdict.label}</span>
            </button>
            <FieldError inputId={`verdict-${verdict.id}`} error={errors[`verdicts.${index}.label`]} />
            <FieldError inputId={`rating-${verdict.id}`} error={errors[`verdicts.${index}.rating`]} />
          </li>
        ))}
      </ol>
      {message && <p className={message.ok ? "form-ok" : "form-error"} role="status">{message.text}</p>}
      <button type="submit" className="button button-primary">
        Save scale
      </button>
    </form>
  );
}
