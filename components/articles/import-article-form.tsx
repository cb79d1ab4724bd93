"use client";

import { useRouter } from "next/navigation";
import { useState, type ChangeEvent, type FormEvent } from "react";
import { submitJson } from "@/components/forms/submit-json";
import type { FetchedArticleDto } from "@/lib/articles/fetch-article-page";
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
  const [details, setDetails] = useState({ outlet: "", author: "", url: "", publishedAt: "" });
  const [fetched, setFetched] = useState<FetchedArticleDto | null>(null);
  const detail = (name: keyof typeof details) => ({ value: details[name], onChange: (e: ChangeEvent<HTMLInputElement>) => setDetails({ ...details, [name]: e.target.value }) });

  function applyFetched(page: FetchedArticleDto | null) {
    setFetched(page);
    setErrors({});
    setMessage(null);
    if (!page) return;
    setTitle(page.title ?? "");
    setDetails({ outlet: page.outlet ?? "", author: page.author ?? "", url: page.finalUrl, publishedAt: page.publishedAt ?? "" });
  }
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
    <>
      <FetchFromUrl onFetched={applyFetched} />
      <form className="form form-wide" onSubmit={onSubmit} noValidate aria-label="Import an article">
        {message && (
          <p className="form-error" role="alert">
            {message}
          </p>
        )}
        {fetched && (
          <div className="fetched-page" role="status">
            <p>
              Fetched <strong>{fetched.finalUrl}</strong> at {fetched.capturedAt.slice(0, 16).replace("T", " ")} UTC: {fetched.words.toLocaleString("en")} words, beginning “{fetched.excerpt.slice(0, 140)}…”. The article&apos;s text comes from this copy; correct the details below, then import.
            </p>
            <input type="hidden" name="snapshotId" value={fetched.snapshotId} />
            <button type="button" className="button button-quiet" onClick={() => applyFetched(null)}>
              Paste the text instead
            </button>
          </div>
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
          <FormField label="Outlet" name="outlet" {...detail("outlet")} error={errors.outlet} />
          <FormField label="Author" name="author" {...detail("author")} error={errors.author} />
        </div>
        <div className="field-row">
          <FormField label="URL" name="url" type="url" {...detail("url")} error={errors.url} />
          <FormField label="Published" name="publishedAt" type="date" {...detail("publishedAt")} error={errors.publishedAt} />
        </div>
        {!fetched && (
          <>
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
          </>
        )}
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? "Importing…" : "Import article"}
        </button>
      </form>
    </>
  );
}

/** Import by URL, step one: the server fetches and reads the page; the details fill the form below. */
function FetchFromUrl({ onFetched }: { onFetched: (page: FetchedArticleDto) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const result = await submitJson<{ page: FetchedArticleDto }>("/api/articles/from-url", "POST", { url: new FormData(event.currentTarget).get("pageUrl") });
    setPending(false);
    if (!result.ok) return setError(result.fields.url ?? result.message);
    setError(null);
    onFetched(result.data.page);
  }

  return (
    <form className="form form-wide form-inline" onSubmit={onSubmit} noValidate aria-label="Import from a web address">
      <div className="field">
        <label htmlFor="page-url">Web address of the article</label>
        <input id="page-url" name="pageUrl" type="url" placeholder="https://news.example/2026/11/story" {...errorProps("page-url", error ?? undefined)} />
        <FieldError inputId="page-url" error={error ?? undefined} />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Fetching…" : "Fetch"}
      </button>
    </form>
  );
}
