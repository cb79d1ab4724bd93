"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormField } from "@/components/forms/form-field";
import { submitJson } from "@/components/forms/submit-json";
import { roles } from "@/lib/enums";
import { errorProps, FieldError } from "@/components/forms/field-error";

export function CreateUserForm() {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: "error" | "ok"; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setPending(true);
    const result = await submitJson<{ user: { email: string } }>("/api/admin/users", "POST", Object.fromEntries(new FormData(form)));
    setPending(false);
    if (!result.ok) {
      setErrors(result.fields);
      setMessage({ kind: "error", text: result.message });
      return;
    }
    setErrors({});
    setMessage({ kind: "ok", text: `Created ${result.data.user.email}` });
    form.reset();
    router.refresh();
  }

  return (
    <form className="form form-inline" onSubmit={onSubmit} noValidate aria-label="Add a user">
      {message && (
        <p className={message.kind === "error" ? "form-error" : "form-ok"} role={message.kind === "error" ? "alert" : "status"}>
          {message.text}
        </p>
      )}
      <FormField label="Name" name="name" error={errors.name} />
      <FormField label="Email" name="email" type="email" error={errors.email} />
      <div className="field">
        <label htmlFor="new-user-role">Role</label>
        <select id="new-user-role" name="role" defaultValue="REVIEWER" {...errorProps("new-user-role", errors.role)}>
          {roles.map((role) => (
            <option key={role}>{role}</option>
          ))}
        </select>
        <FieldError inputId="new-user-role" error={errors.role} />
      </div>
      <FormField label="Initial password" name="password" type="password" autoComplete="new-password" error={errors.password} />
      <button type="submit" className="button button-primary" disabled={pending}>
        Create user
      </button>
    </form>
  );
}
