"use client";

import type { FormEvent } from "react";
import { errorProps, FieldError } from "@/components/forms/field-error";
import { FormField } from "@/components/forms/form-field";
import { OneTimeSecret } from "@/components/forms/one-time-secret";
import { useCreateWithSecret } from "@/components/forms/use-create-with-secret";
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
  const { errors, message, created, pending, create } = useCreateWithSecret<{ token: { name: string }; secret: string }>("/api/tokens");

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    await create(event.currentTarget, { name: form.get("name"), scopes: form.getAll("scopes"), expiresInDays: Number(form.get("expiresInDays")) });
  }

  return (
    <>
      {created && (
        <OneTimeSecret id="new-token-secret" label="New token" value={created.secret}>
          <strong>Copy the token “{created.token.name}” now.</strong> It is shown only once; we keep only its hash.
        </OneTimeSecret>
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
