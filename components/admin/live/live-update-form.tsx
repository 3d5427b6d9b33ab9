"use client";

import { useState } from "react";
import { addUpdateAction } from "@/app/admin/(desk)/articles/[id]/live/actions";
import { RichTextEditor } from "@/components/admin/editor/rich-text-editor";
import { emptyDocument, type ArticleDocument } from "@/lib/editor/document";

/** A new update, written in the story editor; it is published the moment it is posted. */
export function LiveUpdateForm({ articleId, onPosted }: { articleId: string; onPosted: () => void }) {
  const [title, setTitle] = useState("");
  const [keyEvent, setKeyEvent] = useState(false);
  const [body, setBody] = useState<ArticleDocument>(emptyDocument);
  const [reset, setReset] = useState<{ doc: ArticleDocument; key: number } | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [posting, setPosting] = useState(false);

  return (
    <form
      aria-labelledby="new-update-heading"
      className="space-y-3 rounded border border-rule p-4"
      onSubmit={async (e) => {
        e.preventDefault();
        setPosting(true);
        const result = await addUpdateAction({ articleId, title, keyEvent, body });
        setPosting(false);
        if (!result.ok) return setError(result.message);
        setError(null);
        setTitle("");
        setKeyEvent(false);
        setBody(emptyDocument());
        setReset({ doc: emptyDocument(), key: Date.now() });
        onPosted();
      }}
    >
      <h2 id="new-update-heading" className="text-xl font-bold">
        New update
      </h2>
      <div className="space-y-1">
        <label htmlFor="update-title" className="block text-sm font-semibold">
          Update headline (optional)
        </label>
        <input
          id="update-title"
          value={title}
          maxLength={200}
          onChange={(e) => setTitle(e.target.value)}
          className="block w-full rounded border border-rule bg-paper px-2 py-1.5 text-sm"
        />
      </div>
      <RichTextEditor
        initial={emptyDocument()}
        onChange={setBody}
        replaceWith={reset}
        label="Update text"
        minHeight="min-h-[12rem]"
      />
      <label className="flex items-center gap-2 text-sm font-semibold">
        <input type="checkbox" checked={keyEvent} onChange={(e) => setKeyEvent(e.target.checked)} /> Key event (pinned
        in the summary)
      </label>
      {error ? (
        <p role="alert" className="text-sm font-semibold text-accent">
          {error}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={posting}
        className="rounded bg-ink px-4 py-2 text-sm font-semibold text-paper hover:bg-accent disabled:opacity-60"
      >
        {posting ? "Posting…" : "Post update"}
      </button>
    </form>
  );
}
