import type { Metadata } from "next";
import Link from "next/link";
import { CreateTokenForm } from "@/components/api-tokens/create-token-form";
import { TokenTable } from "@/components/api-tokens/token-table";
import { listMyApiTokens } from "@/lib/api-tokens/manage-api-tokens";
import { requirePageActor } from "@/lib/auth/current-actor";
import { scopesFor } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const actor = await requirePageActor(undefined, "/account");
  const tokens = await listMyApiTokens({ actor });
  return (
    <>
      <h1>Account</h1>
      <p>
        {actor.name} · {actor.email} · {actor.role}
      </p>
      <h2>API tokens</h2>
      <p>
        A token lets a script or another system use the <Link href="/api/docs">API</Link> as you, limited to the scopes you choose. Send it as{" "}
        <code>Authorization: Bearer fct_…</code>.
      </p>
      <TokenTable tokens={tokens} label="Your API tokens" />
      <h3>Create a token</h3>
      <CreateTokenForm scopes={scopesFor(actor.role)} />
    </>
  );
}
