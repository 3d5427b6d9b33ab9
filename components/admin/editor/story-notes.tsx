"use client";

import { useState } from "react";
import { addNoteAction } from "@/app/admin/(desk)/articles/[id]/actions";
import type { StoryNoteView } from "@/lib/articles/notes";
import { DeskTime } from "@/components/admin/clock/desk-time";

/** The desk's notes on a story, and a box to add one. Never shown to readers. */
export function StoryNotes({ articleId, initial }: { articleId: string; initial: StoryNoteView[] }) {
  const [notes, setNotes] = useState(initial);
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  return (
    <section aria-labelledby="notes-heading" className="space-y-2 rounded border border-rule p-3">
      <h2 id="notes-heading" className="text-sm font-bold">
        Desk notes{notes.length ? ` (${notes.length})` : ""}
      </h2>
      <p className="text-xs text-muted">Seen only in the desk, never by readers.</p>
      {notes.length ? (
        <ol className="space-y-2">
          {notes.map((n) => (
            <li key={n.id} className="border-l-2 border-rule pl-2 text-sm">
              <p className="whitespace-pre-wrap break-words">{n.text}</p>
              <p className="text-xs text-muted">
                {n.author ?? "A former colleague"} · <DeskTime iso={n.createdAt} />
              </p>
            </li>
          ))}
        </ol>
      ) : null}
      <form
        className="space-y-2"
        onSubmit={async (e) => {
          e.preventDefault();
          setSending(true);
          const result = await addNoteAction({ id: articleId, text });
          setSending(false);
          if (result.ok) {
            setNotes(result.notes);
            setText("");
            setError(null);
          } else setError(result.fieldErrors?.text?.join(" ") ?? result.message);
        }}
      >
        <label htmlFor="note-text" className="block text-sm font-semibold">
          Add a note
        </label>
        <textarea
          id="note-text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          maxLength={2000}
          rows={3}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "note-error" : undefined}
          className="block w-full rounded border border-rule bg-paper px-2 py-1.5 text-sm"
        />
        {error ? (
          <p id="note-error" className="text-sm font-semibold text-accent">
            {error}
          </p>
        ) : null}
        <button
          type="submit"
          disabled={sending}
          className="rounded border border-rule px-3 py-1.5 text-sm font-semibold hover:border-ink disabled:opacity-50"
        >
          Add note
        </button>
      </form>
    </section>
  );
}
