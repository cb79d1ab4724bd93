"use client";

import { useId, useState, type FormEvent } from "react";
import { errorProps, FieldError } from "@/components/forms/field-error";
import { submitJson } from "@/components/forms/submit-json";
import type { BlindReviewDto } from "@/lib/blind-reviews/blind-review-dto";
import type { BlindSource } from "@/lib/blind-reviews/schema";
import { sourceStances } from "@/lib/enums";
import { VerdictRationaleFields } from "./verdict-rationale-fields";
import { stanceLabels } from "@/lib/labels";

type Option = { id: string; label: string };
const emptySource: BlindSource = { url: "", title: "", stance: "SUPPORTS" };

/** A reviewer's own blind verdict: verdict, rationale and the sources they relied on. Sealed once given. */
export function BlindVerdictForm({ reviewId, verdicts, onGiven }: { reviewId: string; verdicts: Option[]; onGiven: (review: BlindReviewDto) => void }) {
  const id = useId();
  const [sources, setSources] = useState<BlindSource[]>([{ ...emptySource }]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  const setSource = (index: number, change: Partial<BlindSource>) => setSources(sources.map((s, i) => (i === index ? { ...s, ...change } : s)));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // A row left empty is no source.
    const cited = sources.filter((s) => s.url.trim() || s.title.trim());
    const form = new FormData(event.currentTarget);
    const result = await submitJson<{ blindReview: BlindReviewDto }>(`/api/blind-reviews/${reviewId}/verdict`, "POST", { verdictId: form.get("verdictId"), rationale: form.get("rationale"), sources: cited });
    setErrors(result.ok ? {} : result.fields);
    setError(result.ok ? null : result.message);
    if (result.ok) onGiven(result.data.blindReview);
  }

  return (
    <form className="blind-verdict-form" aria-label="Your blind verdict" onSubmit={submit} noValidate>
      <VerdictRationaleFields whose="Your" verdicts={verdicts} errors={errors} />
      <fieldset>
        <legend>Your sources</legend>
        {sources.map((source, index) => (
          <div className="blind-source" key={index}>
            {(["url", "title"] as const).map((field) => (
              <div className="field" key={field}>
                <label htmlFor={`${id}-${field}-${index}`}>{field === "url" ? `Source ${index + 1} address` : `Source ${index + 1} title`}</label>
                <input id={`${id}-${field}-${index}`} value={source[field]} onChange={(e) => setSource(index, { [field]: e.target.value })} {...errorProps(`${id}-${field}-${index}`, errors[`sources.${index}.${field}`])} />
                <FieldError inputId={`${id}-${field}-${index}`} error={errors[`sources.${index}.${field}`]} />
              </div>
            ))}
            <div className="field">
              <label htmlFor={`${id}-stance-${index}`}>{`Source ${index + 1} stance`}</label>
              <select id={`${id}-stance-${index}`} value={source.stance} onChange={(e) => setSource(index, { stance: e.target.value as BlindSource["stance"] })}>
                {sourceStances.map((stance) => (
                  <option key={stance} value={stance}>
                    {stanceLabels[stance]}
                  </option>
                ))}
              </select>
            </div>
          </div>
        ))}
        <button type="button" className="button button-quiet" onClick={() => setSources([...sources, { ...emptySource }])}>
          Add another source
        </button>
      </fieldset>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button-primary">
        Give my verdict
      </button>
      <p className="muted hint">Once given, your verdict is sealed. You see the others’ when everyone has answered.</p>
    </form>
  );
}
