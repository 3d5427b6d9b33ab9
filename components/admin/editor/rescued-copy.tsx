"use client";

import type { SharedFields } from "@/lib/collab/doc-fields";
import { plainText } from "@/lib/editor/text";

/**
 * This device held a copy of an earlier document of the story (the server's was rebuilt since, for
 * example after a restore from backup): merging it would double the text, so it is offered back.
 */
export function RescuedCopy({
  copy,
  onRestore,
  onDiscard,
}: {
  copy: SharedFields;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  const words = plainText(copy.body).split(/\s+/).filter(Boolean).length;
  return (
    <div
      role="alert"
      className="mb-4 flex flex-wrap items-center gap-3 rounded border border-accent bg-accent-soft px-3 py-2 text-sm"
    >
      <p className="font-semibold">
        This device kept an earlier copy of this story (“{copy.title || "Untitled"}”, {words} words) that the desk does
        not have.
      </p>
      <button type="button" className="rounded bg-ink px-3 py-1 font-semibold text-paper" onClick={onRestore}>
        Restore it
      </button>
      <button type="button" className="rounded border border-rule px-3 py-1" onClick={onDiscard}>
        Discard
      </button>
    </div>
  );
}
