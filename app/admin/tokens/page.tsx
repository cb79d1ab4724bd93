import type { Metadata } from "next";
import { TokenTable } from "@/components/api-tokens/token-table";
import { listAllApiTokens } from "@/lib/api-tokens/manage-api-tokens";
import { requirePageActor } from "@/lib/auth/current-actor";

export const metadata: Metadata = { title: "API tokens" };

export default async function AdminTokensPage() {
  const actor = await requirePageActor("user.manage", "/admin/tokens");
  const tokens = await listAllApiTokens({ actor });
  return (
    <>
      <h1>API tokens</h1>
      <p>Every person&apos;s tokens. Revoking one stops it at its next request; disabling a person stops all of theirs.</p>
      <TokenTable tokens={tokens} showOwner label="Everyone's API tokens" />
    </>
  );
}
