"use client";

import { useState, type FormEvent } from "react";
import { FieldError } from "@/components/forms/field-error";
import { submitJson } from "@/components/forms/submit-json";

type Option = { id: string; label: string };

/**
 * "Ask for blind verdicts": the people to ask, two or more. Posts to `url` (one claim, or every
 * claim of an article) and hands back what the server answered.
 */
export function RequestBlindForm<T>({ url, people, excludeId, label, onDone }: { url: string; people: Option[]; excludeId?: string; label: string; onDone: (data: T) => void }) {
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reviewerIds = new FormData(event.currentTarget).getAll("reviewerIds");
    const result = await submitJson<T>(url, "POST", { reviewerIds });
    if (!result.ok) return setError(result.fields.reviewerIds ?? result.message);
    setError(null);
    setAsking(false);
    onDone(result.data);
  }

  if (!asking) {
    return (
      <button type="button" className="button" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  const errorId = "blind-reviewers";
  return (
    <form className="blind-request" aria-label={label} onSubmit={submit} noValidate>
      <fieldset aria-describedby={error ? `${errorId}-error` : undefined}>
        <legend>Who gives an independent verdict?</legend>
        {people
          .filter((person) => person.id !== excludeId)
          .map((person) => (
            <label key={person.id} className="checkbox">
              <input type="checkbox" name="reviewerIds" value={person.id} /> {person.label}
            </label>
          ))}
      </fieldset>
      <FieldError inputId={errorId} error={error ?? undefined} />
      <p className="muted hint">Until everyone has answered, nobody asked sees another’s verdict, rationale or sources, nor the claim’s own.</p>
      <div className="actions">
        <button type="submit" className="button button-primary">
          Ask
        </button>
        <button type="button" className="button" onClick={() => setAsking(false)}>
          Not now
        </button>
      </div>
    </form>
  );
}
