"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { submitJson } from "@/components/forms/submit-json";

/** Publishes every verified claim of the article that is not on a public page yet. */
export function PublishArticleButton({ articleId }: { articleId: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function publish() {
    const result = await submitJson<{ published: number; verified: number }>(`/api/articles/${articleId}/publish`, "POST");
    if (!result.ok) return setMessage({ ok: false, text: result.message });
    const { published, verified } = result.data;
    setMessage({ ok: true, text: verified === 0 ? "No verified claims to publish yet." : `Published ${published} of ${verified} verified claims (the others were already public).` });
    router.refresh();
  }

  return (
    <>
      <button type="button" className="button" onClick={publish}>
        Publish verified claims
      </button>
      {message && (
        <span className={message.ok ? "form-ok" : "form-error"} role={message.ok ? "status" : "alert"}>
          {message.text}
        </span>
      )}
    </>
  );
}
