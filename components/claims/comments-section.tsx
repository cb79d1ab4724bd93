"use client";

import { useState, type FormEvent } from "react";
import { submitJson } from "@/components/forms/submit-json";
import type { CommentDto } from "@/lib/comments/add-comment";
import { errorProps, FieldError } from "@/components/forms/field-error";

export function CommentsSection({ claimId, comments, canComment, onAdded }: { claimId: string; comments: CommentDto[]; canComment: boolean; onAdded: (comment: CommentDto) => void }) {
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function post(event: FormEvent) {
    event.preventDefault();
    const result = await submitJson<{ comment: CommentDto }>(`/api/claims/${claimId}/comments`, "POST", { body });
    if (!result.ok) {
      setError(result.fields.body ?? result.message);
      return;
    }
    setError(null);
    setBody("");
    onAdded(result.data.comment);
  }

  return (
    <section className="comments" aria-label="Comments">
      <h3>Comments ({comments.length})</h3>
      <ol className="comment-list">
        {comments.map((comment) => (
          <li key={comment.id}>
            <p className="muted">
              {comment.author.name} · {new Date(comment.createdAt).toLocaleString()}
            </p>
            <p className="comment-body">{comment.body}</p>
          </li>
        ))}
      </ol>
      {canComment && (
        <form className="form" onSubmit={post} noValidate>
          <div className="field">
            <label htmlFor={`comment-${claimId}`}>Add a comment</label>
            <textarea id={`comment-${claimId}`} rows={2} value={body} placeholder="Mention someone with @ and the first part of their email, e.g. @editor" onChange={(e) => setBody(e.target.value)} {...errorProps(`comment-${claimId}`, error ?? undefined)} />
            <FieldError inputId={`comment-${claimId}`} error={error ?? undefined} />
          </div>
          <button type="submit" className="button">Post comment</button>
        </form>
      )}
    </section>
  );
}
