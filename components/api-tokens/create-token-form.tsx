"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { errorProps, FieldError } from "@/components/forms/field-error";
import { FormField } from "@/components/forms/form-field";
import { submitJson } from "@/components/forms/submit-json";
import { defaultTokenDays } from "@/lib/api-tokens/schema";
import type { TokenScope } from "@/lib/auth/permissions";

const scopeHelp: Record<TokenScope, string> = {
  read: "read articles, claims and verdicts",
  write: "import articles, create and change claims, sources, comments",
  export: "download claim exports",
  admin: "manage users, the verdict scale and webhooks",
};
const expiryChoices = [7, 30, 90, 180, 365];

/** Creates a token; its secret is shown here once, and never again. */
export function CreateTokenForm({ scopes }: { scopes: TokenScope[] }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setPending(true);
    const result = await submitJson<{ token: { name: string }; secret: string }>("/api/tokens", "POST", {
      name: form.get("name"),
      scopes: form.getAll("scopes"),
      expiresInDays: Number(form.get("expiresInDays")),
    });
    setPending(false);
    if (!result.ok) {
      setErrors(Object.fromEntries(Object.entries(result.fields).map(([key, text]) => [key.split(".")[0], text])));
      setMessage(result.message);
      return;
    }
    setErrors({});
    setMessage(null);
    setCreated({ name: result.data.token.name, secret: result.data.secret });
    formElement.reset();
    router.refresh();
  }

  return (
    <>
      {created && (
        <div className="token-secret" role="status">
          <p>
            <strong>Copy the token “{created.name}” now.</strong> It is shown only once; we keep only its hash.
          </p>
          <label htmlFor="new-token-secret">New token</label>
          <input id="new-token-secret" readOnly value={created.secret} onFocus={(event) => event.currentTarget.select()} spellCheck={false} />
          <button type="button" className="button" onClick={() => navigator.clipboard?.writeText(created.secret)}>
            Copy
          </button>
        </div>
      )}
      <form className="form" onSubmit={onSubmit} noValidate aria-label="Create an API token">
        {message && (
          <p className="form-error" role="alert">
            {message}
          </p>
        )}
        <FormField label="Name" name="name" placeholder="e.g. CMS sync" maxLength={100} error={errors.name} />
        <fieldset className="field" id="token-scopes" aria-describedby={errors.scopes ? "token-scopes-error" : undefined}>
          <legend>Scopes</legend>
          {scopes.map((scope) => (
            <label key={scope} className="checkbox">
              <input type="checkbox" name="scopes" value={scope} defaultChecked={scope === "read"} /> <code>{scope}</code> — {scopeHelp[scope]}
            </label>
          ))}
          <FieldError inputId="token-scopes" error={errors.scopes} />
        </fieldset>
        <div className="field">
          <label htmlFor="token-expiry">Expires after</label>
          <select id="token-expiry" name="expiresInDays" defaultValue={defaultTokenDays} {...errorProps("token-expiry", errors.expiresInDays)}>
            {expiryChoices.map((days) => (
              <option key={days} value={days}>
                {days} days
              </option>
            ))}
          </select>
          <FieldError inputId="token-expiry" error={errors.expiresInDays} />
        </div>
        <button type="submit" className="button button-primary" disabled={pending}>
          Create token
        </button>
      </form>
    </>
  );
}
