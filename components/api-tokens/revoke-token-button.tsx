"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { submitJson } from "@/components/forms/submit-json";

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);

  async function revoke() {
    if (!window.confirm(`Revoke the token “${name}”? Anything using it stops working at its next request.`)) return;
    const result = await submitJson(`/api/tokens/${tokenId}`, "DELETE");
    if (!result.ok) return setError(result.message);
    router.refresh();
  }

  return (
    <>
      <button type="button" className="button button-danger" onClick={revoke}>
        Revoke<span className="visually-hidden"> {name}</span>
      </button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
