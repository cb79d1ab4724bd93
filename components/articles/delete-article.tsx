"use client";

import { useRouter } from "next/navigation";
import { ConfirmWithReason } from "@/components/forms/confirm-with-reason";

/** An admin's soft delete of the whole article, from its edit page. */
export function DeleteArticle({ articleId }: { articleId: string }) {
  const router = useRouter();
  return (
    <ConfirmWithReason
      action="Delete article"
      question="The article and its claims leave the library, its pages and exports. An admin can restore it from the library."
      url={`/api/articles/${articleId}`}
      onDone={() => {
        router.push("/");
        router.refresh();
      }}
    />
  );
}
