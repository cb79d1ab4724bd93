"use client";

import { useState, type FormEvent } from "react";
import { FormField } from "./form-field";
import { submitJson } from "./submit-json";

/**
 * A destructive action behind a confirmation that asks why: "Withdraw claim", "Delete
 * article". Sends `{ reason }` with DELETE (or `method`) to `url`; the server keeps what it removes.
 */
export function ConfirmWithReason({ action, question, url, method = "DELETE", keep = "Keep it", onDone }: { action: string; question: string; url: string; method?: "DELETE" | "POST"; keep?: string; onDone: (data: unknown) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await submitJson(url, method, { reason: new FormData(event.currentTarget).get("reason") });
    if (result.ok) onDone(result.data);
    else setError(result.fields.reason ?? result.message);
  }

  if (!confirming) {
    return (
      <button type="button" className="button button-quiet danger" onClick={() => setConfirming(true)}>
        {action}
      </button>
    );
  }
  const verb = action.split(" ")[0].toLowerCase();
  return (
    <form className="confirm" aria-label={`${action}?`} onSubmit={submit} noValidate>
      <p>{question}</p>
      <FormField label={`Why ${verb} it?`} name="reason" error={error ?? undefined} />
      <div className="actions">
        <button type="submit" className="button button-danger">
          {action}
        </button>
        <button type="button" className="button" onClick={() => setConfirming(false)}>
          {keep}
        </button>
      </div>
    </form>
  );
}
