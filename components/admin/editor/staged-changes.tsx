"use client";

import { useState } from "react";
import { discardChangesAction, updateArticleAction } from "@/app/admin/(desk)/articles/[id]/actions";
import type { EditableArticle } from "@/lib/articles/editable";
import { changedFields, type ArticleFields } from "@/lib/articles/fields";
import { DiffParts } from "@/components/admin/diff-parts";
import { diffFields } from "@/lib/articles/revisions-diff";
import { useSaved, type SaveStatusStore } from "./save-status";
import { NOT_STORED } from "./use-lifecycle-moves";

// A published (or scheduled) story's edits wait here until someone who may publish sends them to
// readers; the panel says so, shows what would change, and offers Update and Discard.

const OTHER_LABELS: Partial<Record<keyof ArticleFields, string>> = {
  sectionId: "Section",
  authorIds: "Byline",
  featuredImageId: "Featured image",
  socialImageId: "Social image",
  metaTitle: "SEO title",
  metaDescription: "Meta description",
  featured: "Featured on the front page",
  embargoUntil: "Embargo",
};

export function StagedChanges({
  article,
  draft,
  canPublish,
  canEdit,
  moving,
  status,
  onDone,
  onError,
  whenStored,
}: {
  article: EditableArticle;
  draft: NonNullable<EditableArticle["draft"]>;
  canPublish: boolean;
  canEdit: boolean;
  /** A move is under way. */
  moving: boolean;
  /** Update and Discard wait until everything typed is stored. */
  status: SaveStatusStore;
  onDone: (next: EditableArticle, done: "updated" | "notified" | "discarded") => void;
  onError: (message: string) => void;
  /** Waits for the server to have stored everything typed here: Update sends the stored copy. */
  whenStored: () => Promise<boolean>;
}) {
  const saved = useSaved(status);
  const busy = moving || !saved;
  const [working, setWorking] = useState(false);
  // "Update and notify": the correction readers will see with the fixed text, written here first.
  const [correction, setCorrection] = useState<string | null>(null);
  const [correctionError, setCorrectionError] = useState<string | null>(null);
  const diffs = diffFields(article.fields, draft.fields);
  const others = changedFields(article.fields, draft.fields)
    .map((k) => OTHER_LABELS[k])
    .filter((label): label is string => !!label);
  const live = article.status === "PUBLISHED";

  const title = draft.fields.title || "Untitled draft";
  const run = async (done: "updated" | "notified" | "discarded") => {
    const ask =
      done === "discarded"
        ? `Discard the changes to “${title}”? The text stays in Revisions.`
        : done === "notified"
          ? `Update “${title}” and publish the correction? Readers see both at once.`
          : `Update “${title}”? Readers see these changes at once.`;
    if (!window.confirm(ask)) return;
    setWorking(true);
    setCorrectionError(null);
    if (!(await whenStored())) {
      setWorking(false);
      return onError(NOT_STORED);
    }
    const result =
      done === "discarded"
        ? await discardChangesAction({ id: article.id })
        : await updateArticleAction({ id: article.id, correction: done === "notified" ? correction! : undefined });
    setWorking(false);
    if (result.ok) {
      setCorrection(null);
      onDone(result.article, done);
    } else if (result.fieldErrors?.correction) setCorrectionError(result.fieldErrors.correction.join(" "));
    else onError(result.message);
  };

  return (
    <section
      aria-labelledby="staged-heading"
      className="mb-4 rounded border border-accent bg-accent-soft px-3 py-2 text-sm"
    >
      <h2 id="staged-heading" className="font-semibold">
        {live ? "Changes not yet on the site" : "Changes not yet in the scheduled story"}
      </h2>
      <p>
        {live
          ? "Readers still see the published version. Your edits are saved here and reach readers when someone who may publish presses Update."
          : "The story will publish as it was scheduled. Your edits are saved here and join it when someone who may publish presses Update."}
      </p>
      <details className="my-2">
        <summary className="cursor-pointer font-semibold">What will change</summary>
        <dl className="mt-2 space-y-2">
          {diffs.map((d) => (
            <div key={d.key}>
              <dt className="font-semibold">{d.field}</dt>
              <dd className="whitespace-pre-wrap">
                <DiffParts parts={d.parts} deleted="bg-paper" />
              </dd>
            </div>
          ))}
          {others.length ? (
            <div>
              <dt className="font-semibold">Also changed</dt>
              <dd>{others.join(", ")}</dd>
            </div>
          ) : null}
        </dl>
      </details>
      <div className="flex flex-wrap gap-3">
        {canPublish ? (
          <button
            type="button"
            disabled={busy || working}
            onClick={() => void run("updated")}
            className="rounded bg-ink px-3 py-1.5 font-semibold text-paper hover:bg-accent disabled:opacity-50"
          >
            Update
          </button>
        ) : null}
        {canPublish && live && correction === null ? (
          <button
            type="button"
            disabled={busy || working}
            onClick={() => setCorrection("")}
            className="rounded border border-ink px-3 py-1.5 font-semibold hover:bg-paper disabled:opacity-50"
          >
            Update and notify…
          </button>
        ) : null}
        {canPublish ? null : <p>An editor will review and update the published story.</p>}
        {canEdit ? (
          <button
            type="button"
            disabled={busy || working}
            onClick={() => void run("discarded")}
            className="rounded border border-rule px-3 py-1.5 font-semibold hover:border-ink disabled:opacity-50"
          >
            Discard changes
          </button>
        ) : null}
      </div>
      {correction !== null ? (
        <form
          className="mt-3 space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            void run("notified");
          }}
        >
          <label htmlFor="update-correction" className="block font-semibold">
            Correction to publish with the update
          </label>
          <p id="update-correction-hint">
            Say what was wrong, for example “An earlier version gave the wrong date for the vote.” It appears on the
            story and on the corrections page.
          </p>
          <textarea
            id="update-correction"
            value={correction}
            onChange={(e) => setCorrection(e.target.value)}
            rows={3}
            aria-describedby={
              correctionError ? "update-correction-hint update-correction-error" : "update-correction-hint"
            }
            aria-invalid={correctionError ? true : undefined}
            className="block w-full rounded border border-rule bg-paper px-2 py-1.5"
          />
          {correctionError ? (
            <p id="update-correction-error" className="font-semibold text-accent">
              {correctionError}
            </p>
          ) : null}
          <div className="flex flex-wrap gap-3">
            <button
              type="submit"
              disabled={busy || working}
              className="rounded bg-ink px-3 py-1.5 font-semibold text-paper hover:bg-accent disabled:opacity-50"
            >
              Update and publish the correction
            </button>
            <button
              type="button"
              onClick={() => {
                setCorrection(null);
                setCorrectionError(null);
              }}
              className="rounded border border-rule px-3 py-1.5 font-semibold hover:border-ink"
            >
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
