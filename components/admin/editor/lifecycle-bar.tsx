"use client";

import { useState } from "react";
import type { EditableArticle } from "@/lib/articles/editable";
import type { Transition } from "@/lib/articles/lifecycle";
import { fromWallTime } from "@/lib/format/desk-time";
import { DeskTime } from "../clock/desk-time";
import { useDeskZone } from "../clock/desk-zone";
import { PickerZone } from "../clock/picker-zone";
import { useSaved, type SaveStatusStore } from "./save-status";

export interface LifecyclePermissions {
  canEdit: boolean;
  canPublish: boolean;
  canTrash: boolean;
  canRestore: boolean;
  canWithdraw: boolean;
  canUndoTrash: boolean;
}

const STATUS: Record<string, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  SCHEDULED: "Scheduled",
  PUBLISHED: "Published",
  ARCHIVED: "Archived",
};

/** The story's status and the moves the user may make from it. */
export function LifecycleBar({
  article,
  can,
  moving,
  status,
  onMove,
}: {
  article: EditableArticle;
  can: LifecyclePermissions;
  /** A move is under way. */
  moving: boolean;
  /** Moves wait until everything typed is stored (they act on the stored story). */
  status: SaveStatusStore;
  onMove: (t: Transition, at?: string, note?: string) => void;
}) {
  const saved = useSaved(status);
  const busy = moving || !saved;
  const [when, setWhen] = useState("");
  // The picker's wall time is read on the publication's clock, not the computer's.
  const zone = useDeskZone();
  const at = when ? fromWallTime(when, zone) : null;
  // "Return to writer": the note that goes back with the story, written here first (null: closed).
  const [note, setNote] = useState<string | null>(null);
  const s = article.status;
  const button = (t: Transition, label: string, primary = false) => (
    <button
      key={t}
      type="button"
      disabled={busy}
      onClick={() => onMove(t)}
      className={`rounded px-3 py-1.5 text-sm font-semibold disabled:opacity-50 ${primary ? "bg-ink text-paper hover:bg-accent" : "border border-rule hover:border-ink"}`}
    >
      {label}
    </button>
  );
  if (article.deletedAt) {
    return (
      <div className="flex flex-wrap items-center gap-3">
        <p className="text-sm font-bold text-accent">In the trash</p>
        {can.canRestore ? button("restore", "Restore from trash", true) : null}
      </div>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-3">
      <p className="text-sm">
        Status: <strong>{STATUS[s]}</strong>
        {s === "SCHEDULED" && article.scheduledFor ? (
          <>
            {" "}
            for <DeskTime iso={article.scheduledFor} />
          </>
        ) : null}
      </p>
      {s === "DRAFT" && !can.canPublish && can.canEdit ? button("submit", "Submit for review", true) : null}
      {s === "IN_REVIEW" && can.canWithdraw ? button("withdraw", "Withdraw submission") : null}
      {can.canPublish && s !== "PUBLISHED"
        ? button("publish", s === "SCHEDULED" ? "Publish now" : "Publish", true)
        : null}
      {can.canPublish && ["DRAFT", "IN_REVIEW", "SCHEDULED"].includes(s) ? (
        <span className="flex flex-wrap items-center gap-2">
          <label htmlFor="schedule-at" className="text-sm font-semibold">
            Publish at
          </label>
          <input
            id="schedule-at"
            type="datetime-local"
            value={when}
            onChange={(e) => setWhen(e.target.value)}
            aria-describedby="schedule-at-zone"
            className="rounded border border-rule bg-paper px-2 py-1 text-sm"
          />
          <PickerZone iso={at} id="schedule-at-zone" />
          <button
            type="button"
            disabled={busy || !at}
            onClick={() => at && onMove("schedule", at)}
            className="rounded border border-rule px-3 py-1.5 text-sm font-semibold disabled:opacity-50"
          >
            Schedule
          </button>
        </span>
      ) : null}
      {can.canPublish && s === "IN_REVIEW" && note === null ? (
        <button
          type="button"
          disabled={busy}
          onClick={() => setNote("")}
          className="rounded border border-rule px-3 py-1.5 text-sm font-semibold hover:border-ink disabled:opacity-50"
        >
          Return to writer…
        </button>
      ) : null}
      {can.canPublish && s === "IN_REVIEW" && note !== null ? (
        <form
          className="flex w-full flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            onMove("return-to-draft", undefined, note.trim() || undefined);
            setNote(null);
          }}
        >
          <label className="block min-w-0 flex-1 text-sm font-semibold">
            Note for the writer (optional)
            <textarea
              value={note}
              onChange={(e) => setNote(e.target.value)}
              maxLength={2000}
              rows={2}
              className="mt-1 block w-full rounded border border-rule bg-paper px-2 py-1 text-sm font-normal"
            />
          </label>
          <button
            type="submit"
            disabled={busy}
            className="rounded bg-ink px-3 py-1.5 text-sm font-semibold text-paper hover:bg-accent disabled:opacity-50"
          >
            Return to writer
          </button>
          <button
            type="button"
            onClick={() => setNote(null)}
            className="rounded border border-rule px-3 py-1.5 text-sm font-semibold hover:border-ink"
          >
            Cancel
          </button>
        </form>
      ) : null}
      {can.canPublish && (s === "PUBLISHED" || s === "SCHEDULED") ? button("unpublish", "Unpublish") : null}
      {can.canPublish && ["PUBLISHED", "DRAFT", "IN_REVIEW"].includes(s) ? button("archive", "Archive") : null}
      {can.canPublish && s === "ARCHIVED" ? button("return-to-draft", "Back to draft") : null}
      {can.canTrash ? button("trash", "Move to trash") : null}
    </div>
  );
}
