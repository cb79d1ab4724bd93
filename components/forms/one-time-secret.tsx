"use client";

/** A secret shown once, right after it is made (an API token, a webhook's signing secret). */
export function OneTimeSecret({ id, label, value, children }: { id: string; label: string; value: string; children: React.ReactNode }) {
  return (
    <div className="token-secret" role="status">
      <p>{children}</p>
      <label htmlFor={id}>{label}</label>
      <input id={id} readOnly value={value} onFocus={(event) => event.currentTarget.select()} spellCheck={false} />
      <button type="button" className="button" onClick={() => navigator.clipboard?.writeText(value)}>
        Copy
      </button>
    </div>
  );
}

/** Field errors by top-level field: "scopes.0" is reported on the scopes fieldset. */
export function errorsByField(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([key, text]) => [key.split(".")[0], text]));
}
