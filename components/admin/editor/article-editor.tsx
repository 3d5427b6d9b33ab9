"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useState } from "react";
import {
  describeFeaturedImageAction,
  editorStateAction,
  previewLinkAction,
  saveArticleAction,
  transitionAction,
} from "@/app/admin/(desk)/articles/[id]/actions";
import type { EditableArticle } from "@/lib/articles/editable";
import type { Transition } from "@/lib/articles/lifecycle";
import { bodyOf, fieldsOf } from "@/lib/collab/doc-fields";
import { isEmbargoed } from "@/lib/content/visibility";
import { applyAltText, type MissingAlt } from "@/lib/media/alt-text";
import { AltTextDialog, type AltAnswers } from "./alt-text-dialog";
import { EmbargoNotice } from "@/components/admin/embargo/embargo-notice";
import { CorrectionForm } from "./correction-form";
import { LifecycleBar, type LifecyclePermissions } from "./lifecycle-bar";
import { Presence } from "./presence";
import { RescuedCopy } from "./rescued-copy";
import { RichTextEditor } from "./rich-text-editor";
import { SaveIndicator } from "./save-indicator";
import { StagedChanges } from "./staged-changes";
import { SidePanel, type EditorOptions } from "./side-panel";
import { useLeaveGuard } from "./use-leave-guard";
import { colorFor, useSharedStory } from "./use-shared-story";
import { useSlugSuggestion } from "./use-slug-suggestion";
import { useStoredArticle } from "./use-stored-article";

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
  lineage,
  me,
  options,
  can,
  tools,
}: {
  initial: EditableArticle;
  /** The story's shared document's lineage (lib/collab/store.ts). */
  lineage: string;
  me: { id: string; name: string };
  options: EditorOptions;
  can: LifecyclePermissions;
  tools?: React.ReactNode;
}) {
  const router = useRouter();
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

  const story = useSharedStory({ articleId: initial.id, lineage, user: me });
  const { status, fields, session } = story;
  const [article, setArticle] = useStoredArticle(initial, status);
  const published = article.publishedAt !== null;
  const canEdit = can.canEdit && !story.readOnly;
  const shared = useMemo(
    () => session && { doc: session.doc, provider: session.provider, user: { name: me.name, color: colorFor(me.id) } },
    [session, me.name, me.id],
  );

  useLeaveGuard(story.unsynced);

  const { set, setTitle } = useSlugSuggestion({ initialSlug: initial.fields.slug, published, set: story.set });

  const move = useCallback(
    async (t: Transition, at?: string, undoing = false) => {
      const ask = undoing ? undefined : CONFIRM[t];
      if (ask && !window.confirm(ask(article.fields.title || "Untitled draft"))) return;
      setMoving(true);
      setNotice(null);
      setUndo(null);
      const result = await transitionAction({ id: initial.id, transition: t, at });
      setMoving(false);
      if (result.ok) {
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
      } else if ((t === "publish" || t === "schedule") && result.missingAlt?.length) {
        setAltPrompt({ t, at, missing: result.missingAlt });
      } else setNotice(result.message);
    },
    [initial.id, router, article.fields.title, can],
  );

  // The answers to the alt text prompt: the featured image's go to the library, the body's into
  // the story; once the story is saved with them, the publish or schedule is tried again.
  const answerAltPrompt = async ({ featured, body }: AltAnswers): Promise<string | null> => {
    if (!altPrompt) return null;
    if (featured) {
      const r = await describeFeaturedImageAction({ id: initial.id, ...featured });
      if (!r.ok) return r.message;
    }
    if (body.length && session) story.apply({ body: applyAltText(bodyOf(session.doc), body) });
    setPendingMove({ t: altPrompt.t, at: altPrompt.at });
    return null;
  };
  useEffect(() => {
    if (!pendingMove || status.kind !== "saved") return;
    // Waits for the autosave of the answers; then the move runs once.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setPendingMove(null);
    void move(pendingMove.t, pendingMove.at);
  }, [pendingMove, status, move]);

  const errors = status.kind === "invalid" ? status.errors : {};
  const busy = moving || status.kind !== "saved";

  return (
    <div>
      {/* Sticky from a tablet up: on a phone it would wrap to several lines and hide the story. */}
      <div className="-mx-4 mb-6 flex flex-wrap items-center justify-between gap-3 border-b border-rule bg-paper px-4 py-2 sm:sticky sm:top-0 sm:z-20">
        <LifecycleBar article={article} can={can} busy={busy} onMove={move} />
        <div className="flex items-center gap-4">
          <Presence peers={story.peers} />
          <SaveIndicator status={status} pending={story.pending} />
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
      {!canEdit && !article.deletedAt ? (
        <p className="mb-4 rounded bg-ink/5 px-3 py-2 text-sm font-semibold">
          Read only: this story is with the editors.
        </p>
      ) : null}
      <EmbargoNotice until={fields?.embargoUntil ?? article.fields.embargoUntil} />
      {article.draft && !article.deletedAt ? (
        <StagedChanges
          article={article}
          draft={article.draft}
          canPublish={can.canPublish}
          canEdit={canEdit}
          busy={busy}
          onDone={(next, discarded) => {
            // A discard reaches the editor through the shared document, as anyone else's change does.
            setArticle(next);
            if (discarded) {
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
      {previewUrl && !isEmbargoed(fields?.embargoUntil ?? article.fields.embargoUntil) ? (
        <p className="mb-4 break-all rounded border border-rule px-3 py-2 text-sm">
          Preview (valid 24 hours, not indexed):{" "}
          <a href={previewUrl} target="_blank" rel="noopener" className="font-semibold text-accent underline">
            {previewUrl}
          </a>
        </p>
      ) : null}
      {story.unreachable && session ? (
        <div role="alert" className="mb-4 rounded border border-accent bg-accent-soft px-3 py-2 text-sm">
          <p className="font-semibold">
            Live editing can’t connect from this network (a proxy or firewall may block it). Your changes are kept on
            this device. To send them now by the slower route:
          </p>
          <button
            type="button"
            className="mt-2 rounded bg-ink px-3 py-1 font-semibold text-paper"
            onClick={async () => {
              const current = await editorStateAction({ id: initial.id });
              if (!current.ok) return setNotice("That didn’t work: reload the page.");
              const result = await saveArticleAction({
                id: initial.id,
                baseVersion: current.article.version,
                fields: { ...fieldsOf(session.doc), breaking: current.article.fields.breaking },
              });
              if (!result.ok) return setNotice(result.message);
              // The server has the text now; this device's copy would be merged in twice.
              await story.forgetLocalCopy();
              location.reload();
            }}
          >
            Save to the server
          </button>
        </div>
      ) : null}
      {story.rescued ? (
        <RescuedCopy
          copy={story.rescued}
          onRestore={() => {
            story.apply(story.rescued!);
            story.dismissRescued();
          }}
          onDiscard={story.dismissRescued}
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
      {!fields || !shared || !story.ready ? (
        <p aria-busy="true" className="min-h-[60vh] rounded border border-rule px-4 py-6 text-sm text-muted">
          Opening the story…
        </p>
      ) : (
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
              readOnly={!canEdit}
              aria-invalid={errors.title ? true : undefined}
              className="field-sizing-content block min-h-[2lh] w-full resize-none bg-transparent font-serif text-3xl font-bold leading-tight focus:outline-none sm:text-4xl"
            />
            {errors.title ? <p className="text-sm font-semibold text-accent">{errors.title}</p> : null}
            <RichTextEditor shared={shared} readOnly={!canEdit} error={errors.body} />
          </div>
          <aside aria-label="Article settings" className="space-y-6">
            <fieldset disabled={!canEdit} className="min-w-0">
              <legend className="sr-only">Article settings</legend>
              <SidePanel fields={fields} set={set} errors={errors} options={options} slugLocked={published} />
            </fieldset>
            {can.canPublish && article.status === "PUBLISHED" ? <CorrectionForm articleId={initial.id} /> : null}
            {tools}
          </aside>
        </div>
      )}
    </div>
  );
}
