"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { RequestBlindForm } from "./request-blind-form";

/** "Blind verdicts on all claims": one request per claim of the article that can take one. */
export function RequestArticleBlind({ articleId, people }: { articleId: string; people: { id: string; label: string }[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <RequestBlindForm<{ requested: number; skipped: number }>
        url={`/api/articles/${articleId}/blind-reviews`}
        people={people}
        label="Blind verdicts on all claims"
        onDone={({ requested, skipped }) => {
          setMessage(`Asked for blind verdicts on ${requested} claim${requested === 1 ? "" : "s"}${skipped ? ` (${skipped} skipped: verified, rejected or already asked)` : ""}.`);
          router.refresh();
        }}
      />
      {message && (
        <span className="form-ok" role="status">
          {message}
        </span>
      )}
    </>
  );
}
