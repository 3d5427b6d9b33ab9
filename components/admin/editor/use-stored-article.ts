"use client";

import { useEffect, useState } from "react";
import { editorStateAction } from "@/app/admin/(desk)/articles/[id]/actions";
import type { EditableArticle } from "@/lib/articles/editable";
import type { SaveStatusStore } from "./save-status";

const same = (a: EditableArticle, b: EditableArticle) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The story as the server holds it (status, version, a working copy waiting for Update), which the
 * shared document does not carry: read again after each store, and replaced by the answer of a move.
 * An answer that changes nothing keeps the article as it was, so the editor does not render again.
 */
export function useStoredArticle(initial: EditableArticle, status: SaveStatusStore) {
  const [article, setArticle] = useState(initial);
  useEffect(() => {
    let storedAt: string | null = null;
    // Only the answer to the latest read is taken (an earlier one may arrive after it).
    let latest = 0;
    const read = () => {
      const s = status.get();
      if (s.kind !== "saved" || !s.at || s.at === storedAt) return;
      storedAt = s.at;
      const asked = ++latest;
      void editorStateAction({ id: initial.id }).then((r) => {
        if (asked === latest && r.ok) setArticle((was) => (same(was, r.article) ? was : r.article));
      });
    };
    const stop = status.subscribe(read);
    read();
    return () => {
      latest = -1;
      stop();
    };
  }, [status, initial.id]);
  return [article, setArticle] as const;
}
