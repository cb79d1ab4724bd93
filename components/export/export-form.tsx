"use client";

import { useState, type FormEvent } from "react";
import { claimStatuses } from "@/lib/enums";
import { statusLabels } from "@/lib/labels";
import { errorProps, FieldError } from "@/components/forms/field-error";

type Option = { id: string; label: string };

/** Builds the export URL from the filters; the browser downloads the file from the GET route. */
export function ExportForm({ verdicts, people, articles }: { verdicts: Option[]; people: Option[]; articles: Option[] }) {
  const [error, setError] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const params = new URLSearchParams();
    for (const [key, value] of data) if (typeof value === "string" && value !== "") params.set(key, value);
    if (!data.get("bom")) params.set("bom", "false");
    else params.delete("bom");
    const from = params.get("from");
    const to = params.get("to");
    if (from && to && from > to) {
      setError("The start date must not be after the end date");
      return;
    }
    setError(null);
    // A download, not a page: a temporary link keeps the page (and its filters) in place.
    const link = document.createElement("a");
    link.href = `/api/export/claims?${params}`;
    link.download = "";
    link.click();
  }

  const select = (name: string, label: string, options: Option[], all = "Any") => (
    <div className="field">
      <label htmlFor={`export-${name}`}>{label}</label>
      <select id={`export-${name}`} name={name} defaultValue={name === "status" ? "VERIFIED" : ""}>
        {name !== "format" && name !== "rows" && <option value={name === "status" ? "ALL" : ""}>{all}</option>}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <form className="form form-wide export-form" onSubmit={onSubmit} aria-label="Export claims" noValidate>
      <div className="field-row">
        {select("format", "Format", [
          { id: "csv", label: "CSV (Excel, LibreOffice, Google Sheets)" },
          { id: "json", label: "JSON" },
          { id: "claimreview", label: "ClaimReview (schema.org JSON-LD)" },
          { id: "annotation", label: "W3C Web Annotation (JSON-LD)" },
        ])}
        {select("rows", "Rows", [
          { id: "claim", label: "One row per claim" },
          { id: "source", label: "One row per source" },
        ])}
      </div>
      <div className="field-row">
        {select("status", "Status", claimStatuses.map((s) => ({ id: s, label: statusLabels[s] })), "All statuses")}
        {select("verdictId", "Verdict", verdicts)}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="export-from">Verified from</label>
          <input id="export-from" name="from" type="date" {...errorProps("export-from", error ?? undefined)} />
          <FieldError inputId="export-from" error={error ?? undefined} />
        </div>
        <div className="field">
          <label htmlFor="export-to">Verified until</label>
          <input id="export-to" name="to" type="date" />
        </div>
      </div>
      <div className="field-row">
        {select("reviewerId", "Reviewer", people)}
        <div className="field">
          <label htmlFor="export-tag">Tag</label>
          <input id="export-tag" name="tag" />
        </div>
      </div>
      {select("articleId", "Article", articles, "All articles")}
      <label className="checkbox">
        <input type="checkbox" name="bom" value="true" defaultChecked /> Byte-order mark (needed for Excel to read UTF-8)
      </label>
      <button type="submit" className="button button-primary">
        Download
      </button>
    </form>
  );
}
