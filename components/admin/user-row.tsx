"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { submitJson } from "@/components/forms/submit-json";
import { roles, type Role } from "@/lib/enums";

type UserSummary = { id: string; name: string; email: string; role: Role; disabled: boolean };

export function UserRow({ user, isSelf }: { user: UserSummary; isSelf: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [resetting, setResetting] = useState(false);
  const [password, setPassword] = useState("");

  async function update(change: Record<string, unknown>, done: string) {
    setError(null);
    setStatus(null);
    const result = await submitJson(`/api/admin/users/${user.id}`, "PATCH", change);
    if (!result.ok) {
      setError(Object.values(result.fields)[0] ?? result.message);
      return false;
    }
    setStatus(done);
    router.refresh();
    return true;
  }

  return (
    <tr aria-label={user.email}>
      <td>{user.name}</td>
      <td>{user.email}</td>
      <td>
        <label className="visually-hidden" htmlFor={`role-${user.id}`}>
          Role for {user.email}
        </label>
        <select
          id={`role-${user.id}`}
          value={user.role}
          disabled={isSelf}
          onChange={(event) => update({ role: event.target.value }, "Role changed")}
        >
          {roles.map((role) => (
            <option key={role}>{role}</option>
          ))}
        </select>
      </td>
      <td>{user.disabled ? <span className="pill pill-muted">Disabled</span> : <span className="pill">Active</span>}</td>
      <td className="actions">
        {!isSelf && (
          <button type="button" className="button" onClick={() => update({ disabled: !user.disabled }, user.disabled ? "Account enabled" : "Account disabled")}>
            {user.disabled ? `Enable` : `Disable`}
            <span className="visually-hidden"> {user.email}</span>
          </button>
        )}
        {resetting ? (
          <form
            className="inline-form"
            onSubmit={async (event) => {
              event.preventDefault();
              if (await update({ password }, "Password reset")) {
                setResetting(false);
                setPassword("");
              }
            }}
          >
            <label className="visually-hidden" htmlFor={`password-${user.id}`}>
              New password for {user.email}
            </label>
            <input id={`password-${user.id}`} type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
            <button type="submit" className="button">
              Save password
            </button>
          </form>
        ) : (
          <button type="button" className="button button-quiet" onClick={() => setResetting(true)}>
            Reset password<span className="visually-hidden"> for {user.email}</span>
          </button>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        {status && (
          <p className="form-ok" role="status">
            {status}
          </p>
        )}
      </td>
    </tr>
  );
}
