"use client";

import { useEffect, useRef } from "react";
import type { EditableArticle } from "@/lib/articles/editable";
import type { ArticleFields } from "@/lib/articles/fields";
import { diffFields } from "@/lib/articles/revisions-diff";

/**
 * Someone else saved first. Shows both versions with the differences marked, and lets the writer
 * take theirs, keep mine (saved over theirs), or first copy parts of theirs into mine: a whole
 * field with one button, or any passage by selecting it (their text is shown in full).
 */
export function ConflictDialog({
  mine,
  theirs,
  onTakeTheirs,
  onKeepMine,
  onCopyTheirs,
}: {
  mine: ArticleFields;
  theirs: EditableArticle;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
  onCopyTheirs: (key: keyof ArticleFields) => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (!ref.current?.open) ref.current?.showModal();
  }, []);
  const diffs = diffFields(theirs.fields, mine);
  return (
    <dialog
      ref={ref}
      aria-labelledby="conflict-title"
      className="m-auto max-h-[90vh] w-[min(64rem,95vw)] overflow-auto rounded border border-rule bg-paper p-6 text-ink backdrop:bg-ink/40"
      onCancel={(e) => e.preventDefault()}
    >
      <h2 id="conflict-title" className="text-xl font-bold">
        Someone else saved this article while you were editing
      </h2>
      <p className="mt-2 text-sm text-muted">
        Their version was saved at{" "}
        <time dateTime={theirs.updatedAt}>{new Date(theirs.updatedAt).toLocaleTimeString()}</time>. Nothing has been
        overwritten. Below, <del className="bg-accent-soft">struck text</del> is only in theirs and{" "}
        <ins className="bg-green-200 text-ink no-underline">highlighted text</ins> only in yours. Copy a field of theirs
        into yours, or any passage you need, then choose.
      </p>
      <div className="mt-4 space-y-4">
        {diffs.length === 0 ? <p>The text is the same; only other settings differ.</p> : null}
        {diffs.map((d) => (
          <section key={d.field} aria-label={`Differences in ${d.field}`}>
            <div className="flex items-baseline justify-between gap-3">
              <h3 className="text-sm font-bold uppercase tracking-wider">{d.field}</h3>
              <button
                type="button"
                onClick={() => onCopyTheirs(d.key)}
                className="text-sm font-semibold text-accent underline"
              >
                Use their {d.field.toLowerCase()} in mine
              </button>
            </div>
            <p className="mt-1 whitespace-pre-wrap rounded border border-rule p-2 font-serif text-sm">
              {d.parts.map((p, i) =>
                p.added ? (
                  <ins key={i} className="bg-green-200 text-ink no-underline">
                    {p.value}
                  </ins>
                ) : p.removed ? (
                  <del key={i} className="bg-accent-soft">
                    {p.value}
                  </del>
                ) : (
                  <span key={i}>{p.value}</span>
                ),
              )}
            </p>
          </section>
        ))}
      </div>
      <div className="mt-6 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() => (ref.current?.close(), onTakeTheirs())}
          className="rounded border border-rule px-4 py-2 font-semibold"
        >
          Take theirs
        </button>
        <button
          type="button"
          onClick={() => (ref.current?.close(), onKeepMine())}
          className="rounded bg-ink px-4 py-2 font-semibold text-paper"
        >
          Keep mine
        </button>
      </div>
    </dialog>
  );
}
