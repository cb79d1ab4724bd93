"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormField } from "@/components/forms/form-field";
import { submitJson } from "@/components/forms/submit-json";
import { webhookEventHelp, webhookEvents } from "@/lib/webhooks/events";

/** Registers an endpoint; its signing secret is shown here once. */
export function CreateWebhookForm() {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [created, setCreated] = useState<{ url: string; secret: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setPending(true);
    const result = await submitJson<{ endpoint: { url: string }; secret: string }>("/api/admin/webhooks", "POST", {
      url: form.get("url"),
      events: form.getAll("events"),
      description: form.get("description"),
    });
    setPending(false);
    if (!result.ok) {
      setErrors(Object.fromEntries(Object.entries(result.fields).map(([key, text]) => [key.split(".")[0], text])));
      setMessage(result.message);
      return;
    }
    setErrors({});
    setMessage(null);
    setCreated({ url: result.data.endpoint.url, secret: result.data.secret });
    formElement.reset();
    router.refresh();
  }

  return (
    <>
      {created && (
        <div className="token-secret" role="status">
          <p>
            <strong>Copy the signing secret for {created.url} now.</strong> It is shown only once. Receivers check each payload&apos;s{" "}
            <code>Factcheck-Signature</code> with it.
          </p>
          <label htmlFor="new-webhook-secret">Signing secret</label>
          <input id="new-webhook-secret" readOnly value={created.secret} onFocus={(event) => event.currentTarget.select()} spellCheck={false} />
        </div>
      )}
      <form className="form" onSubmit={onSubmit} noValidate aria-label="Add a webhook">
        {message && (
          <p className="form-error" role="alert">
            {message}
          </p>
        )}
        <FormField label="Receiver URL" name="url" type="url" placeholder="https://cms.example/hooks/factcheck" error={errors.url} />
        <FormField label="Description (optional)" name="description" maxLength={200} error={errors.description} />
        <fieldset className="field" id="webhook-events" aria-describedby={errors.events ? "webhook-events-error" : undefined}>
          <legend>Events</legend>
          {webhookEvents.map((event) => (
            <label key={event} className="checkbox">
              <input type="checkbox" name="events" value={event} defaultChecked={event === "claim.verified"} /> <code>{event}</code> — {webhookEventHelp[event]}
            </label>
          ))}
          <FieldError inputId="webhook-events" error={errors.events} />
        </fieldset>
        <button type="submit" className="button button-primary" disabled={pending}>
          Add webhook
        </button>
      </form>
    </>
  );
}
