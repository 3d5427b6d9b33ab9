"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { transitionAction, undoUpdateAction } from "@/app/admin/(desk)/articles/[id]/actions";
import type { EditableArticle } from "@/lib/articles/editable";
import type { Transition } from "@/lib/articles/lifecycle";
import type { LifecyclePermissions } from "./lifecycle-bar";
import type { AltPrompt, PendingMove } from "./use-alt-text-prompt";
import type { SaveStatusStore } from "./save-status";

const DONE: Record<Transition, string> = {
  submit: "Submitted for review: the story is with the editors, and read-only for you until it comes back.",
  withdraw: "Withdrawn: the story is a draft again, yours to edit.",
  publish: "Published.",
  schedule: "Scheduled.",
  unpublish: "Unpublished: back to draft.",
  "return-to-draft": "Returned to draft.",
  archive: "Archived.",
  trash: "Moved to the trash.",
  restore: "Restored from the trash.",
};

/** Moves that take a story from readers or from the desk's lists ask first, naming the story. */
const CONFIRM: Partial<Record<Transition, (title: string) => string>> = {
  publish: (t) =>
    `Publish “${t}”? Readers see it at once (an embargoed story when its embargo lifts): on the site, in feeds and to search engines.`,
  unpublish: (t) => `Unpublish “${t}”? Readers lose its page at once; it goes back to draft.`,
  archive: (t) => `Archive “${t}”? It leaves the site and the desk’s working lists.`,
  trash: (t) => `Move “${t}” to the trash? It leaves the site and the desk’s lists.`,
};
const UNDO_MS = 30_000;
export const NOT_STORED =
  "Not done: your latest changes haven’t reached the server yet, and this would go ahead without them. Check the connection, then try again.";
const UNDO_LABEL: Partial<Record<Transition, string>> = {
  unpublish: "Undo unpublish",
  archive: "Undo archive",
  trash: "Undo move to trash",
};

/** How a move was asked for: by the desk (confirm first), after a confirmed ask, or as an undo. */
type How = "ask" | "confirmed" | "undo";
type Undo = { label: string; move: Transition } | { label: string; update: true } | { label: string; revision: string };

/** The move that undoes `t` from `before`, where the desk can make it exactly. */
function undoOf(t: Transition, before: EditableArticle, can: LifecyclePermissions): Transition | null {
  // A working copy is folded into the story when it leaves readers: publishing again would
  // publish edits readers never had.
  if (before.draft) return null;
  if ((t === "unpublish" || t === "archive") && before.status === "PUBLISHED") return "publish";
  if (t === "archive" && before.status === "DRAFT") return "return-to-draft";
  if (t === "trash" && can.canUndoTrash) return "restore";
  return null;
}

/**
 * The story's moves (submit, publish, trash...): confirmed first where they take it from readers,
 * told in the notice when done, undoable for a while where the desk can undo them exactly. A move
 * refused for want of alt text goes to `onMissingAlt`; `retry` is made once the story is stored.
 */
export function useLifecycleMoves({
  articleId,
  title,
  can,
  status,
  setArticle,
  setNotice,
  onMissingAlt,
  retry,
  onRetry,
  restored,
  whenStored,
}: {
  articleId: string;
  /** The headline as the desk sees it in the editor, which the confirmation names. */
  title: string;
  can: LifecyclePermissions;
  status: SaveStatusStore;
  setArticle: (article: EditableArticle) => void;
  setNotice: (notice: string | null) => void;
  onMissingAlt: (prompt: AltPrompt) => void;
  retry: PendingMove | null;
  onRetry: () => void;
  /** The revision holding the text a restore just replaced: restoring it is the undo. */
  restored: string | null;
  /** Waits for the server to have stored everything typed here (use-shared-story.ts). */
  whenStored: () => Promise<boolean>;
}) {
  const router = useRouter();
  const [moving, setMoving] = useState(false);
  const [undo, setUndo] = useState<Undo | null>(restored ? { label: "Undo restore", revision: restored } : null);
  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => setUndo(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [undo]);

  const move = useCallback(
    async (t: Transition, { at, how = "ask", note }: { at?: string; how?: How; note?: string } = {}) => {
      const undoing = how === "undo";
      const ask = how === "ask" ? CONFIRM[t] : undefined;
      if (ask && !window.confirm(ask(title || "Untitled draft"))) return;
      setMoving(true);
      setNotice(null);
      setUndo(null);
      if (!(await whenStored())) {
        setMoving(false);
        setNotice(NOT_STORED);
        return;
      }
      const result = await transitionAction({ id: articleId, transition: t, at, note });
      setMoving(false);
      if (result.ok) {
        setArticle(result.article);
        setNotice(
          undoing
            ? "Undone."
            : t === "publish" && result.article.status === "SCHEDULED"
              ? "Embargoed: scheduled to publish when the embargo lifts."
              : note
                ? `${DONE[t]} Your note is with the story.`
                : DONE[t],
        );
        const inverse = undoing ? null : undoOf(t, result.before, can);
        setUndo(inverse ? { move: inverse, label: UNDO_LABEL[t] ?? "Undo" } : null);
        router.refresh();
      } else if ((t === "publish" || t === "schedule") && result.missingAlt?.length) {
        onMissingAlt({ t, at, missing: result.missingAlt });
      } else setNotice(result.message);
    },
    [articleId, router, title, can, setArticle, setNotice, onMissingAlt, whenStored],
  );

  useEffect(() => {
    if (!retry) return;
    // Waits for the autosave of the alt text answers; then the move runs once.
    const go = () => {
      if (status.get().kind !== "saved") return;
      stop();
      onRetry();
      void move(retry.t, { at: retry.at, how: "confirmed" });
    };
    const stop = status.subscribe(go);
    go();
    return stop;
  }, [retry, status, move, onRetry]);

  /**
   * An Update or a discard of the changes staged for readers, done by StagedChanges. A plain Update
   * can be undone for a while; one that published a correction cannot (the note stays true).
   */
  const staged = (next: EditableArticle, done: "updated" | "notified" | "discarded") => {
    // A discard reaches the editor through the shared document, as anyone else's change does.
    setArticle(next);
    setNotice(
      done === "discarded"
        ? "Changes discarded: the editor shows what readers see. The discarded text is kept in Revisions."
        : done === "notified"
          ? "Updated: readers now see these changes, with the correction."
          : "Updated: readers now see these changes.",
    );
    setUndo(done === "updated" ? { label: "Undo update", update: true } : null);
    router.refresh();
  };

  const undoLast = useCallback(async () => {
    if (!undo) return;
    if ("move" in undo) return move(undo.move, { how: "undo" });
    if (!("update" in undo)) return;
    setMoving(true);
    setNotice(null);
    setUndo(null);
    const result = await undoUpdateAction({ id: articleId });
    setMoving(false);
    if (result.ok) {
      setArticle(result.article);
      setNotice("Undone: readers see the earlier version again, and the changes wait here for Update.");
      router.refresh();
    } else setNotice(result.message);
  }, [undo, move, articleId, router, setArticle, setNotice]);

  return { move, moving, undo, undoLast, staged };
}
