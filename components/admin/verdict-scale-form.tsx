"use client";

import { useState } from "react";
import { submitJson } from "@/components/forms/submit-json";

type Verdict = { id: string; label: string };

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

  async function save() {
    const result = await submitJson<{ verdicts: Verdict[] }>("/api/verdicts", "PUT", { verdicts });
    if (result.ok) {
      setErrors({});
      setVerdicts(result.data.verdicts.map(({ id, label }) => ({ id, label })));
      setMessage({ ok: true, text: "Verdict scale saved" });
    } else {
      setErrors(result.fields);
      setMessage({ ok: false, text: result.message });
    }
  }

  return (
    <form className="form" aria-label="Verdict scale" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <ol className="verdict-scale">
        {verdicts.map((verdict, index) => (
          <li key={verdict.id}>
            <label className="visually-hidden" htmlFor={`verdict-${verdict.id}`}>
              Verdict {index + 1}
            </label>
            <input id={`verdict-${verdict.id}`} value={verdict.label} onChange={(e) => setVerdicts(verdicts.map((v) => (v.id === verdict.id ? { ...v, label: e.target.value } : v)))} />
            <button type="button" className="button" disabled={index === 0} onClick={() => move(index, -1)}>
              Up<span className="visually-hidden"> {verdict.label}</span>
            </button>
            <button type="button" className="button" disabled={index === verdicts.length - 1} onClick={() => move(index, 1)}>
              Down<span className="visually-hidden"> {verdict.label}</span>
            </button>
            {errors[`verdicts.${index}.label`] && <p className="field-error">{errors[`verdicts.${index}.label`]}</p>}
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
