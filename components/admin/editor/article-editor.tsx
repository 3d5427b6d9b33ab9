"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import {
  describeFeaturedImageAction,
  previewLinkAction,
  saveArticleAction,
  transitionAction,
} from "@/app/admin/(desk)/articles/[id]/actions";
import { editingFields, type EditableArticle } from "@/lib/articles/editable";
import type { ArticleFields } from "@/lib/articles/fields";
import type { Transition } from "@/lib/articles/lifecycle";
import { toSlug } from "@/lib/content/slug";
import { isEmbargoed } from "@/lib/content/visibility";
import type { ArticleDocument } from "@/lib/editor/document";
import { applyAltText, type MissingAlt } from "@/lib/media/alt-text";
import { AltTextDialog, type AltAnswers } from "./alt-text-dialog";
import { EmbargoNotice } from "@/components/admin/embargo/embargo-notice";
import { ConflictDialog } from "./conflict-dialog";
import { CorrectionForm } from "./correction-form";
import { LifecycleBar, type LifecyclePermissions } from "./lifecycle-bar";
import { clearLocalCopy, readLocalCopy, type LocalCopy } from "./local-copy";
import { RichTextEditor } from "./rich-text-editor";
import { SaveIndicator } from "./save-indicator";
import { StagedChanges } from "./staged-changes";
import { SidePanel, type EditorOptions } from "./side-panel";
import { useAutosave, type SaveResponse } from "./use-autosave";

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
  unpublish: (t) => `Unpublish “${t}”? Readers lose its page at once; it goes back to draft.`,
  archive: (t) => `Archive “${t}”? It leaves the site and the desk’s working lists.`,
  trash: (t) => `Move “${t}” to the trash? It leaves the site and the desk’s lists.`,
};
const UNDO_MS = 30_000;
const UNDO_LABEL: Partial<Record<Transition, string>> = {
  unpublish: "Undo unpublish",
  archive: "Undo archive",
  trash: "Undo move to trash",
};

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

export function ArticleEditor({
  initial,
  options,
  can,
  tools,
}: {
  initial: EditableArticle;
  options: EditorOptions;
  can: LifecyclePermissions;
  tools?: React.ReactNode;
}) {
  const router = useRouter();
  const [article, setArticle] = useState(initial);
  const [fields, setFields] = useState<ArticleFields>(editingFields(initial));
  const [replaceBody, setReplaceBody] = useState<{ doc: ArticleDocument; key: number } | undefined>();
  const [panelKey, setPanelKey] = useState(0);
  const [slugTouched, setSlugTouched] = useState(!initial.fields.slug.startsWith("untitled-"));
  const [localCopy, setLocalCopy] = useState<LocalCopy | null>(null);
  const [moving, setMoving] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [previewUrl, setPreviewUrl] = useState<string | null>(null);
  const [altPrompt, setAltPrompt] = useState<{ t: "publish" | "schedule"; at?: string; missing: MissingAlt[] } | null>(
    null,
  );
  const [pendingMove, setPendingMove] = useState<{ t: Transition; at?: string } | null>(null);
  const [undo, setUndo] = useState<{ move: Transition; label: string } | null>(null);
  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => setUndo(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [undo]);
  const published = article.publishedAt !== null;

  const save = useCallback(
    (baseVersion: number, f: ArticleFields) =>
      saveArticleAction({ id: initial.id, baseVersion, fields: f }) as Promise<SaveResponse>,
    [initial.id],
  );
  const { status, resolve, rebase, isSaved } = useAutosave(initial.id, initial.version, fields, save, setArticle);

  // A copy left in this browser by a crash or a closed tab is offered back, never applied silently.
  useEffect(() => {
    const copy = readLocalCopy(initial.id);
    // Browser storage exists only after mount, so this state is set from an effect on purpose.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (copy && JSON.stringify(copy.fields) !== JSON.stringify(editingFields(initial))) setLocalCopy(copy);
    else if (copy) clearLocalCopy(initial.id);
  }, [initial]);

  const replaceAll = (f: ArticleFields) => {
    setFields(f);
    setReplaceBody({ doc: f.body, key: Date.now() });
    setPanelKey((k) => k + 1);
  };

  const set = <K extends keyof ArticleFields>(key: K, value: ArticleFields[K]) => {
    if (key === "slug") setSlugTouched(true);
    setFields((f) => ({ ...f, [key]: value }));
  };
  const setTitle = (title: string) =>
    setFields((f) => ({
      ...f,
      title,
      ...(!slugTouched && !published ? { slug: title.trim() ? toSlug(title) : f.slug } : {}),
    }));

  const move = useCallback(
    async (t: Transition, at?: string, undoing = false) => {
      const ask = undoing ? undefined : CONFIRM[t];
      if (ask && !window.confirm(ask(article.fields.title || "Untitled draft"))) return;
      setMoving(true);
      setNotice(null);
      setUndo(null);
      const result = await transitionAction({ id: initial.id, transition: t, at });
      setMoving(false);
      if (result.ok && "article" in result) {
        rebase(result.article);
        setArticle(result.article);
        setNotice(
          undoing
            ? "Undone."
            : t === "publish" && result.article.status === "SCHEDULED"
              ? "Embargoed: scheduled to publish when the embargo lifts."
              : DONE[t],
        );
        const inverse = undoing ? null : undoOf(t, result.before, can);
        setUndo(inverse ? { move: inverse, label: UNDO_LABEL[t] ?? "Undo" } : null);
        router.refresh();
      } else if ((t === "publish" || t === "schedule") && "missingAlt" in result && result.missingAlt?.length) {
        setAltPrompt({ t, at, missing: result.missingAlt });
      } else setNotice(("message" in result && result.message) || "That didn’t work.");
    },
    [initial.id, rebase, router, article.fields.title, can],
  );

  // The answers to the alt text prompt: the featured image's go to the library, the body's into
  // the story; once the story is saved with them, the publish or schedule is tried again.
  const answerAltPrompt = async ({ featured, body }: AltAnswers): Promise<string | null> => {
    if (!altPrompt) return null;
    if (featured) {
      const r = await describeFeaturedImageAction({ id: initial.id, ...featured });
      if (!r.ok) return ("message" in r && r.message) || "The featured image could not be described.";
    }
    if (body.length) {
      const described = applyAltText(fields.body, body);
      setFields((f) => ({ ...f, body: described }));
      setReplaceBody({ doc: described, key: Date.now() });
    }
    setPendingMove({ t: altPrompt.t, at: altPrompt.at });
    return null;
  };
  useEffect(() => {
    if (!pendingMove || status.kind !== "saved" || !isSaved(fields)) return;
    // Waits for the autosave of the answers; then the move runs once.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setPendingMove(null);
    void move(pendingMove.t, pendingMove.at);
  }, [pendingMove, status, fields, isSaved, move]);

  const errors = status.kind === "invalid" ? status.errors : {};
  const busy = moving || status.kind !== "saved";

  return (
    <div>
      <div className="sticky top-0 z-20 -mx-4 mb-6 flex flex-wrap items-center justify-between gap-3 border-b border-rule bg-paper px-4 py-2">
        <LifecycleBar article={article} can={can} busy={busy} onMove={move} />
        <div className="flex items-center gap-4">
          <SaveIndicator status={status} />
          <button
            type="button"
            className="text-sm font-semibold underline"
            onClick={async () => {
              const r = await previewLinkAction({ id: initial.id });
              if (r.ok) setPreviewUrl(r.url);
              else {
                setPreviewUrl(null);
                setNotice(r.message);
              }
            }}
          >
            Preview link
          </button>
          <Link href={`/admin/articles/${initial.id}/revisions`} className="text-sm font-semibold underline">
            Revisions
          </Link>
          <Link href={`/admin/articles/${initial.id}/live`} className="text-sm font-semibold underline">
            Live coverage
          </Link>
        </div>
      </div>
      {!can.canEdit && !article.deletedAt ? (
        <p className="mb-4 rounded bg-ink/5 px-3 py-2 text-sm font-semibold">
          Read only: this story is with the editors.
        </p>
      ) : null}
      <EmbargoNotice until={fields.embargoUntil} />
      {article.draft && !article.deletedAt ? (
        <StagedChanges
          article={article}
          draft={article.draft}
          canPublish={can.canPublish}
          canEdit={can.canEdit}
          busy={busy}
          onDone={(next, discarded) => {
            rebase(next);
            setArticle(next);
            if (discarded) {
              resolve(next, false);
              replaceAll(editingFields(next));
              setNotice(
                "Changes discarded: the editor shows what readers see. The discarded text is kept in Revisions.",
              );
            } else setNotice("Updated: readers now see these changes.");
            router.refresh();
          }}
          onError={setNotice}
        />
      ) : null}
      <div role="status" aria-live="polite">
        {notice ? (
          <p className="mb-4 flex flex-wrap items-center gap-3 rounded bg-ink/5 px-3 py-2 text-sm font-semibold">
            <span>{notice}</span>
            {undo ? (
              <button
                type="button"
                disabled={moving}
                onClick={() => void move(undo.move, undefined, true)}
                className="rounded border border-ink px-2 py-0.5 font-semibold underline-offset-2 hover:underline"
              >
                {undo.label}
              </button>
            ) : null}
          </p>
        ) : null}
      </div>
      {/* A link made before an embargo was set stops opening: don't keep offering it. */}
      {previewUrl && !isEmbargoed(fields.embargoUntil) ? (
        <p className="mb-4 break-all rounded border border-rule px-3 py-2 text-sm">
          Preview (valid 24 hours, not indexed):{" "}
          <a href={previewUrl} target="_blank" rel="noopener" className="font-semibold text-accent underline">
            {previewUrl}
          </a>
        </p>
      ) : null}
      {localCopy ? (
        <div
          role="alert"
          className="mb-4 flex flex-wrap items-center gap-3 rounded border border-accent bg-accent-soft px-3 py-2 text-sm"
        >
          <p className="font-semibold">
            This device has unsaved changes from{" "}
            <time dateTime={localCopy.at}>{new Date(localCopy.at).toLocaleString()}</time>.
          </p>
          <button
            type="button"
            className="rounded bg-ink px-3 py-1 font-semibold text-paper"
            onClick={() => (replaceAll(localCopy.fields), setLocalCopy(null))}
          >
            Restore them
          </button>
          <button
            type="button"
            className="rounded border border-rule px-3 py-1"
            onClick={() => (clearLocalCopy(initial.id), setLocalCopy(null))}
          >
            Discard
          </button>
        </div>
      ) : null}
      {status.kind === "conflict" ? (
        <ConflictDialog
          mine={fields}
          theirs={{ ...status.current, fields: editingFields(status.current) }}
          onTakeTheirs={() => {
            resolve(status.current, false);
            setArticle(status.current);
            replaceAll(editingFields(status.current));
          }}
          onKeepMine={() => resolve(status.current, true)}
          onCopyTheirs={(key) => {
            const theirs = editingFields(status.current);
            setFields((f) => ({ ...f, [key]: theirs[key] }));
            if (key === "body") setReplaceBody({ doc: theirs.body, key: Date.now() });
            else setPanelKey((k) => k + 1);
          }}
        />
      ) : null}
      {altPrompt ? (
        <AltTextDialog
          missing={altPrompt.missing}
          verb={altPrompt.t}
          onConfirm={answerAltPrompt}
          onCancel={() => setAltPrompt(null)}
        />
      ) : null}
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-4">
          <label htmlFor="article-title" className="sr-only">
            Headline
          </label>
          <textarea
            id="article-title"
            value={fields.title}
            onChange={(e) => setTitle(e.target.value.replace(/\n/g, " "))}
            placeholder="Headline"
            rows={2}
            readOnly={!can.canEdit}
            aria-invalid={errors.title ? true : undefined}
            className="block w-full resize-none bg-transparent font-serif text-4xl font-bold leading-tight focus:outline-none"
          />
          {errors.title ? <p className="text-sm font-semibold text-accent">{errors.title}</p> : null}
          <RichTextEditor
            initial={editingFields(initial).body}
            onChange={(body) => setFields((f) => ({ ...f, body }))}
            replaceWith={replaceBody}
            readOnly={!can.canEdit}
            error={errors.body}
          />
        </div>
        <aside aria-label="Article settings" className="space-y-6">
          <fieldset disabled={!can.canEdit} className="min-w-0">
            <legend className="sr-only">Article settings</legend>
            <SidePanel
              key={panelKey}
              fields={fields}
              set={set}
              errors={errors}
              options={options}
              slugLocked={published}
            />
          </fieldset>
          {can.canPublish && article.status === "PUBLISHED" ? <CorrectionForm articleId={initial.id} /> : null}
          {tools}
        </aside>
      </div>
    </div>
  );
}
