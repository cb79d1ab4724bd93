"use client";

import { useState, type FormEvent } from "react";
import { FormField } from "@/components/forms/form-field";
import { submitJson } from "@/components/forms/submit-json";

type Details = { title: string; outlet: string | null; author: string | null; url: string | null; publishedAt: string | null };

/** Corrects an article's details (a mistyped date, a wrong outlet) without touching its text. */
export function ArticleDetailsForm({ articleId, initial }: { articleId: string; initial: Details }) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await submitJson(`/api/articles/${articleId}`, "PATCH", Object.fromEntries(new FormData(event.currentTarget)));
    if (result.ok) {
      setErrors({});
      setMessage({ ok: true, text: "Details saved" });
    } else {
      setErrors(result.fields);
      setMessage({ ok: false, text: result.message });
    }
  }

  return (
    <form className="form form-wide editor-shell" aria-label="Article details" onSubmit={save} noValidate>
      <FormField label="Title" name="title" defaultValue={initial.title} error={errors.title} />
      <div className="field-row">
        <FormField label="Outlet" name="outlet" defaultValue={initial.outlet ?? ""} error={errors.outlet} />
        <FormField label="Author" name="author" defaultValue={initial.author ?? ""} error={errors.author} />
      </div>
      <div className="field-row">
        <FormField label="URL" name="url" type="url" defaultValue={initial.url ?? ""} error={errors.url} />
        <FormField label="Published" name="publishedAt" type="date" defaultValue={initial.publishedAt ?? ""} error={errors.publishedAt} />
      </div>
      {message && <p className={message.ok ? "form-ok" : "form-error"} role="status">{message.text}</p>}
      <button type="submit" className="button button-primary">Save details</button>
    </form>
  );
}
