"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormField } from "@/components/forms/form-field";
import { firstLineOf } from "@/lib/articles/first-line";
import type { ErrorBody } from "@/lib/http/responses";
import { errorProps, FieldError } from "@/components/forms/field-error";

export function ImportArticleForm() {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [title, setTitle] = useState("");
  const [text, setText] = useState("");
  const suggestedTitle = title.trim() ? "" : firstLineOf(text).slice(0, 300);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setMessage(null);
    try {
      const response = await fetch("/api/articles", { method: "POST", body: new FormData(event.currentTarget) });
      const json = (await response.json().catch(() => null)) as ({ article?: { slug: string } } & Partial<ErrorBody>) | null;
      if (response.ok && json?.article) {
        router.push(`/articles/${json.article.slug}`);
        return;
      }
      setErrors(json?.error?.fields ?? {});
      setMessage(json?.error?.message ?? `Import failed (${response.status})`);
    } catch {
      setMessage("Could not reach the server. Try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="form form-wide" onSubmit={onSubmit} noValidate aria-label="Import an article">
      {message && (
        <p className="form-error" role="alert">
          {message}
        </p>
      )}
      <FormField label="Title" name="title" value={title} onChange={(e) => setTitle(e.target.value)} error={errors.title} />
      {suggestedTitle && (
        <p className="hint">
          <button type="button" className="button button-quiet" onClick={() => setTitle(suggestedTitle)}>
            Use the first line as the title
          </button>{" "}
          <span className="muted">“{suggestedTitle}”</span>
        </p>
      )}
      <div className="field-row">
        <FormField label="Outlet" name="outlet" error={errors.outlet} />
        <FormField label="Author" name="author" error={errors.author} />
      </div>
      <div className="field-row">
        <FormField label="URL" name="url" type="url" error={errors.url} />
        <FormField label="Published" name="publishedAt" type="date" error={errors.publishedAt} />
      </div>
      <div className="field">
        <label htmlFor="import-format">Pasted text is</label>
        <select id="import-format" name="format" defaultValue="text" {...errorProps("import-format", errors.format)}>
          <option value="text">Plain text</option>
          <option value="markdown">Markdown</option>
          <option value="html">HTML</option>
        </select>
        <FieldError inputId="import-format" error={errors.format} />
      </div>
      <div className="field">
        <label htmlFor="import-text">Article text</label>
        <textarea id="import-text" name="text" rows={14} value={text} onChange={(e) => setText(e.target.value)} {...errorProps("import-text", errors.text ?? errors.html)} />
        <FieldError inputId="import-text" error={errors.text ?? errors.html} />
      </div>
      <FormField label="…or upload a file (.txt, .md, .html, .docx, up to 2 MB)" name="file" type="file" accept=".txt,.md,.markdown,.html,.htm,.docx" error={errors.file} />
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? "Importing…" : "Import article"}
      </button>
    </form>
  );
}
