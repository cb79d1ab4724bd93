"use client";

import { ActionButton } from "@/components/forms/action-button";
import { submitJson } from "@/components/forms/submit-json";

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  return (
    <ActionButton
      label="Revoke"
      target={name}
      className="button button-danger"
      confirm={`Revoke the token “${name}”? Anything using it stops working at its next request.`}
      request={() => submitJson(`/api/tokens/${tokenId}`, "DELETE")}
    />
  );
}
