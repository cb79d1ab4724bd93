"use client";

import type { FormEvent } from "react";
import { FieldError } from "@/components/forms/field-error";
import { FormField } from "@/components/forms/form-field";
import { OneTimeSecret } from "@/components/forms/one-time-secret";
import { useCreateWithSecret } from "@/components/forms/use-create-with-secret";
import { webhookEventHelp, webhookEvents } from "@/lib/webhooks/events";

/** Registers an endpoint; its signing secret is shown here once. */
export function CreateWebhookForm() {
  const { errors, message, created, pending, create } = useCreateWithSecret<{ endpoint: { url: string }; secret: string }>("/api/admin/webhooks");

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    await create(event.currentTarget, { url: form.get("url"), events: form.getAll("events"), description: form.get("description") });
  }

  return (
    <>
      {created && (
        <OneTimeSecret id="new-webhook-secret" label="Signing secret" value={created.secret}>
          <strong>Copy the signing secret for {created.endpoint.url} now.</strong> It is shown only once. Receivers check each payload&apos;s <code>Factcheck-Signature</code> with it.
        </OneTimeSecret>
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
