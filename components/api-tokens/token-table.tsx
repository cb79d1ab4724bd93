import type { ApiTokenDto } from "@/lib/api-tokens/manage-api-tokens";
import { RevokeTokenButton } from "./revoke-token-button";

const when = (date: Date | null) => (date ? date.toISOString().slice(0, 16).replace("T", " ") + " UTC" : "never");

function tokenState(token: ApiTokenDto, now: Date): string {
  if (token.revokedAt) return `Revoked ${when(token.revokedAt)}`;
  if (token.expiresAt <= now) return "Expired";
  return "Active";
}

/** A person's tokens, or (showOwner) everyone's for admins. Secrets are never here: only a prefix. */
export function TokenTable({ tokens, showOwner = false, label }: { tokens: ApiTokenDto[]; showOwner?: boolean; label: string }) {
  if (tokens.length === 0) return <p className="muted">No tokens yet.</p>;
  const now = new Date();
  return (
    <table className="table" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">Name</th>
          {showOwner && <th scope="col">Owner</th>}
          <th scope="col">Token</th>
          <th scope="col">Scopes</th>
          <th scope="col">Created</th>
          <th scope="col">Last used</th>
          <th scope="col">Expires</th>
          <th scope="col">Status</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((token) => {
          const state = tokenState(token, now);
          return (
            <tr key={token.id} aria-label={token.name}>
              <td>{token.name}</td>
              {showOwner && <td>{token.user.email}</td>}
              <td>
                <code>{token.prefix}…</code>
              </td>
              <td>{token.scopes.join(", ")}</td>
              <td>{when(token.createdAt)}</td>
              <td>{when(token.lastUsedAt)}</td>
              <td>{token.expiresAt.toISOString().slice(0, 10)}</td>
              <td>{state === "Active" ? <span className="pill">Active</span> : <span className="pill pill-muted">{state}</span>}</td>
              <td className="actions">{state === "Active" && <RevokeTokenButton tokenId={token.id} name={token.name} />}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
