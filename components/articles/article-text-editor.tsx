"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import { useState } from "react";
import { submitJson } from "@/components/forms/submit-json";
import type { DocNode } from "@/lib/anchoring/canonical-text";
import type { EditResult } from "@/lib/articles/edit-article-text";
import { articleExtensions } from "@/lib/articles/extensions";
import { EditSummary } from "./edit-summary";

/** Edits the article text; saving makes a new revision and re-anchors every claim on the server. */
export function ArticleTextEditor({ articleId, slug, baseRevisionId, doc }: { articleId: string; slug: string; baseRevisionId: string; doc: DocNode }) {
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<EditResult | null>(null);
  const editor = useEditor({
    extensions: articleExtensions,
    content: doc,
    immediatelyRender: false,
    editorProps: { attributes: { class: "article-body article-editor", "aria-label": "Edit article text", role: "textbox", "aria-multiline": "true" } },
  });

  async function save() {
    if (!editor) return;
    setSaving(true);
    const result = await submitJson<EditResult>(`/api/articles/${articleId}/text`, "PUT", { baseRevisionId, html: editor.getHTML() });
    setSaving(false);
    if (!result.ok) {
      setMessage(result.message);
      return;
    }
    setSaved(result.data);
  }

  if (saved) return <EditSummary slug={slug} result={saved} />;

  return (
    <div className="editor-shell">
      <div className="toolbar" role="toolbar" aria-label="Formatting">
        <button type="button" className="button" onClick={() => editor?.chain().focus().toggleBold().run()}>
          Bold
        </button>
        <button type="button" className="button" onClick={() => editor?.chain().focus().toggleItalic().run()}>
          Italic
        </button>
        <button type="button" className="button" onClick={() => editor?.chain().focus().toggleHeading({ level: 2 }).run()}>
          Heading
        </button>
        <button type="button" className="button" onClick={() => editor?.chain().focus().toggleBulletList().run()}>
          List
        </button>
      </div>
      <EditorContent editor={editor} />
      {message && (
        <p className="form-error" role="alert">
          {message}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button button-primary" disabled={!editor || saving} onClick={save}>
          {saving ? "Saving…" : "Save new revision"}
        </button>
        <a className="button" href={`/articles/${slug}`}>
          Cancel
        </a>
      </div>
    </div>
  );
}
