"use client";

import { useEffect, useState } from "react";
import { editorStateAction } from "@/app/admin/(desk)/articles/[id]/actions";
import type { EditableArticle } from "@/lib/articles/editable";
import type { SaveStatus } from "./use-shared-story";

/**
 * The story as the server holds it (status, version, a working copy waiting for Update), which the
 * shared document does not carry: read again after each store, and replaced by the answer of a move.
 */
export function useStoredArticle(initial: EditableArticle, status: SaveStatus) {
  const [article, setArticle] = useState(initial);
  const storedAt = status.kind === "saved" ? status.at : null;
  useEffect(() => {
    if (!storedAt) return;
    let live = true;
    void editorStateAction({ id: initial.id }).then((r) => {
      if (live && r.ok) setArticle(r.article);
    });
    return () => {
      live = false;
    };
  }, [storedAt, initial.id]);
  return [article, setArticle] as const;
}
