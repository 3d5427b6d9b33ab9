"use client";

import { useCallback, useState } from "react";
import type * as Y from "yjs";
import { describeFeaturedImageAction } from "@/app/admin/(desk)/articles/[id]/actions";
import type { Transition } from "@/lib/articles/lifecycle";
import { bodyOf, type SharedFields } from "@/lib/collab/doc-fields";
import { applyAltText, type MissingAlt } from "@/lib/media/alt-text";
import type { AltAnswers } from "./alt-text-dialog";

export type AltPrompt = { t: "publish" | "schedule"; at?: string; missing: MissingAlt[] };
export type PendingMove = { t: Transition; at?: string };

/**
 * A publish or schedule refused for images nobody described asks for their alt text. The answers
 * for the featured image go to the library, the body's into the story; the move they were given
 * for waits (`answered`) until the story is stored with them, then is tried again.
 */
export function useAltTextPrompt({
  articleId,
  doc,
  apply,
}: {
  articleId: string;
  doc: Y.Doc | null;
  apply: (fields: Partial<SharedFields>) => void;
}) {
  const [prompt, setPrompt] = useState<AltPrompt | null>(null);
  const [answered, setAnswered] = useState<PendingMove | null>(null);
  const ask: (prompt: AltPrompt) => void = setPrompt;
  const cancel = useCallback(() => setPrompt(null), []);
  const retried = useCallback(() => setAnswered(null), []);

  /** Resolves to an error to show in the dialog, or null. */
  const answer = async ({ featured, body }: AltAnswers): Promise<string | null> => {
    if (!prompt) return null;
    if (featured) {
      const r = await describeFeaturedImageAction({ id: articleId, ...featured });
      if (!r.ok) return r.message;
    }
    if (body.length && doc) apply({ body: applyAltText(bodyOf(doc), body) });
    setAnswered({ t: prompt.t, at: prompt.at });
    return null;
  };

  return { prompt, ask, answer, cancel, answered, retried };
}
