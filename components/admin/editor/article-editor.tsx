"use client";

import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import type { EditableArticle } from "@/lib/articles/editable";
import type { StoryNoteView } from "@/lib/articles/notes";
import { AltTextDialog } from "./alt-text-dialog";
import { EmbargoNotice } from "@/components/admin/embargo/embargo-notice";
import { RestoreRevisionButton } from "@/components/admin/restore-revision-button";
import { CorrectionForm } from "./correction-form";
import { LifecycleBar, type LifecyclePermissions } from "./lifecycle-bar";
import { Presence } from "./presence";
import { RescuedCopy } from "./rescued-copy";
import { RichTextEditor } from "./rich-text-editor";
import { SaveIndicator } from "./save-indicator";
import { useFieldErrors } from "./save-status";
import { StagedChanges } from "./staged-changes";
import { StoryNotes } from "./story-notes";
import { SidePanel, type EditorOptions } from "./side-panel";
import { useAltTextPrompt } from "./use-alt-text-prompt";
import { useLeaveGuard } from "./use-leave-guard";
import { useLifecycleMoves } from "./use-lifecycle-moves";
import { useLocalCopy } from "./use-local-copy";
import { usePreviewLink } from "./use-preview-link";
import { colorFor, useSharedStory } from "./use-shared-story";
import { useSlugSuggestion } from "./use-slug-suggestion";
import { useStoredArticle } from "./use-stored-article";

/** What brought the desk to the editor: a revision restore (with the text it replaced), or its undo. */
export type Arrival = { restored: string } | { undone: true };

export function ArticleEditor({
  initial,
  lineage,
  me,
  options,
  can,
  tools,
  arrival = null,
  notes,
}: {
  initial: EditableArticle;
  /** The story's shared document's lineage (lib/collab/store.ts). */
  lineage: string;
  me: { id: string; name: string };
  options: EditorOptions;
  can: LifecyclePermissions;
  tools?: React.ReactNode;
  arrival?: Arrival | null;
  /** The desk's notes on the story. */
  notes: StoryNoteView[];
}) {
  const story = useSharedStory({ articleId: initial.id, lineage, user: me });
  const { status, fields, session } = story;
  const errors = useFieldErrors(status);
  const [article, setArticle] = useStoredArticle(initial, status);
  const published = article.publishedAt !== null;
  const canEdit = can.canEdit && !story.readOnly;
  const shared = useMemo(
    () => session && { doc: session.doc, provider: session.provider, user: { name: me.name, color: colorFor(me.id) } },
    [session, me.name, me.id],
  );

  useLeaveGuard(story.pending);

  // Every concern below reports through it: the desk sees one line about what it did last.
  const [notice, setNotice] = useState<string | null>(
    !arrival
      ? null
      : "undone" in arrival
        ? "Undone."
        : "Restored an earlier version. The text it replaced is kept in Revisions.",
  );
  useEffect(() => {
    // Told once: a reload or a shared address doesn't offer the undo again.
    if (arrival) window.history.replaceState(null, "", window.location.pathname);
  }, [arrival]);
  const { set, setTitle } = useSlugSuggestion({ initialSlug: initial.fields.slug, published, set: story.set });

  const altText = useAltTextPrompt({ articleId: initial.id, doc: session?.doc ?? null, apply: story.apply });
  const { move, moving, undo, undoLast, staged } = useLifecycleMoves({
    articleId: initial.id,
    title: fields?.title ?? article.fields.title,
    can,
    status,
    setArticle,
    setNotice,
    onMissingAlt: altText.ask,
    retry: altText.answered,
    onRetry: altText.retried,
    restored: arrival && "restored" in arrival ? arrival.restored : null,
    whenStored: story.whenStored,
  });

  const embargoUntil = fields?.embargoUntil ?? article.fields.embargoUntil;
  const preview = usePreviewLink({ articleId: initial.id, embargoUntil, setNotice });
  const local = useLocalCopy({ articleId: initial.id, story, setNotice });

  return (
    <div>
      {/* Sticky from a tablet up: on a phone it would wrap to several lines and hide the story. */}
      <div className="-mx-4 mb-6 flex flex-wrap items-center justify-between gap-3 border-b border-rule bg-paper px-4 py-2 sm:sticky sm:top-0 sm:z-20">
        <LifecycleBar
          article={article}
          can={can}
          moving={moving}
          status={status}
          onMove={(t, at, note) => void move(t, { at, note })}
        />
        <div className="flex items-center gap-4">
          <Presence peers={story.peers} />
          <SaveIndicator store={status} pending={story.pending} behind={story.behind} />
          <button type="button" className="text-sm font-semibold underline" onClick={preview.create}>
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
      <EmbargoNotice until={embargoUntil} />
      {article.draft && !article.deletedAt ? (
        <StagedChanges
          article={article}
          draft={article.draft}
          canPublish={can.canPublish}
          canEdit={canEdit}
          moving={moving}
          status={status}
          onDone={staged}
          onError={setNotice}
          whenStored={story.whenStored}
        />
      ) : null}
      <div role="status" aria-live="polite">
        {notice ? (
          <p className="mb-4 flex flex-wrap items-center gap-3 rounded bg-ink/5 px-3 py-2 text-sm font-semibold">
            <span>{notice}</span>
            {undo && "revision" in undo ? (
              <RestoreRevisionButton
                articleId={initial.id}
                revisionId={undo.revision}
                baseVersion={article.version}
                label={undo.label}
                undoing
              />
            ) : undo ? (
              <button
                type="button"
                disabled={moving}
                onClick={() => void undoLast()}
                className="rounded border border-ink px-2 py-0.5 font-semibold underline-offset-2 hover:underline"
              >
                {undo.label}
              </button>
            ) : null}
          </p>
        ) : null}
      </div>
      {preview.url ? (
        <p className="mb-4 break-all rounded border border-rule px-3 py-2 text-sm">
          Preview (valid 24 hours, not indexed):{" "}
          <a href={preview.url} target="_blank" rel="noopener" className="font-semibold text-accent underline">
            {preview.url}
          </a>
        </p>
      ) : null}
      {local.send ? (
        <div role="alert" className="mb-4 rounded border border-accent bg-accent-soft px-3 py-2 text-sm">
          <p className="font-semibold">
            Live editing can’t connect from this network (a proxy or firewall may block it). Your changes are kept on
            this device. To send them now by the slower route:
          </p>
          <button type="button" className="mt-2 rounded bg-ink px-3 py-1 font-semibold text-paper" onClick={local.send}>
            Save to the server
          </button>
        </div>
      ) : null}
      {local.rescued ? (
        <RescuedCopy copy={local.rescued.copy} onRestore={local.rescued.restore} onDiscard={local.rescued.discard} />
      ) : null}
      {altText.prompt ? (
        <AltTextDialog
          missing={altText.prompt.missing}
          verb={altText.prompt.t}
          onConfirm={altText.answer}
          onCancel={altText.cancel}
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
            {/* Remade when the server's list grows (a return to the writer brings its note). */}
            <StoryNotes key={notes.length} articleId={initial.id} initial={notes} />
            {tools}
          </aside>
        </div>
      )}
    </div>
  );
}
