"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import {
  deleteUpdateAction,
  endCoverageAction,
  keyEventAction,
  startCoverageAction,
} from "@/app/admin/(desk)/articles/[id]/live/actions";
import type { Result } from "@/lib/actions/result";
import type { LiveDeskState } from "@/lib/live/desk";
import { deskTime } from "@/lib/format/desk-time";
import { DeskTime } from "../clock/desk-time";
import { useDeskZone } from "../clock/desk-zone";
import { LiveUpdateForm } from "./live-update-form";

const name = (u: { title: string; publishedAt: string }, zone: string) =>
  u.title || `update of ${deskTime(u.publishedAt, zone, { date: false })}`;

/** Starting, running and ending a live page; updates are listed newest first, as readers see them. */
export function LiveDesk({
  articleId,
  state,
  canPost,
  published,
}: {
  articleId: string;
  state: LiveDeskState;
  canPost: boolean;
  published: boolean;
}) {
  const router = useRouter();
  const zone = useDeskZone();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const running = state.live && !state.endedAt;

  const run = (action: () => Promise<Result>, success: string) =>
    startTransition(async () => {
      const result = await action();
      setMessage(result.ok ? success : result.message);
      if (result.ok) router.refresh();
    });

  return (
    <div className="mt-6 space-y-6">
      <div role="status" aria-live="polite">
        {message ? <p className="rounded bg-ink/5 px-3 py-2 text-sm font-semibold">{message}</p> : null}
      </div>
      {!state.live ? (
        <section className="space-y-3">
          <p>
            This story is a normal article. Make it a live page to post timestamped updates
            {published ? "" : "; readers see them once the story is published"}.
          </p>
          {canPost ? (
            <button
              type="button"
              disabled={pending}
              className="rounded bg-ink px-4 py-2 text-sm font-semibold text-paper"
              onClick={() => run(() => startCoverageAction({ articleId }), "Live coverage started.")}
            >
              Start live coverage
            </button>
          ) : null}
        </section>
      ) : null}
      {state.endedAt ? (
        <p className="rounded border border-rule px-3 py-2 text-sm">
          Coverage ended <DeskTime iso={state.endedAt} />. The page now reads as a normal article.
        </p>
      ) : null}
      {running && canPost ? (
        <>
          <LiveUpdateForm articleId={articleId} onPosted={() => (setMessage("Update posted."), router.refresh())} />
          <button
            type="button"
            disabled={pending}
            className="rounded border border-accent px-4 py-2 text-sm font-semibold text-accent hover:bg-accent hover:text-paper"
            onClick={() => {
              if (window.confirm("End the live coverage? The page will stop updating and read as a normal article."))
                run(() => endCoverageAction({ articleId }), "Coverage ended.");
            }}
          >
            End live coverage
          </button>
        </>
      ) : null}
      {state.live ? (
        <section aria-labelledby="posted-updates">
          <h2 id="posted-updates" className="text-xl font-bold">
            Posted updates ({state.updates.length})
          </h2>
          <ol className="mt-3 divide-y divide-rule">
            {state.updates.map((u) => (
              <li key={u.id} className="flex flex-wrap items-center gap-3 py-3">
                <DeskTime iso={u.publishedAt} date={false} className="text-sm font-semibold" />
                <span className="min-w-0 flex-1">
                  {u.title || "(no headline)"} <span className="text-sm text-muted">· {u.author?.name ?? "Desk"}</span>
                  {u.keyEvent ? (
                    <span className="ml-2 rounded bg-accent-soft px-2 py-0.5 text-xs font-bold text-accent">
                      Key event
                    </span>
                  ) : null}
                </span>
                {canPost ? (
                  <span className="flex gap-2">
                    <button
                      type="button"
                      disabled={pending}
                      aria-label={`${u.keyEvent ? "Unpin" : "Pin as key event"}: ${name(u, zone)}`}
                      className="rounded border border-rule px-2 py-1 text-xs font-semibold"
                      onClick={() =>
                        run(
                          () => keyEventAction({ updateId: u.id, keyEvent: !u.keyEvent }),
                          u.keyEvent ? "No longer a key event." : "Marked as a key event.",
                        )
                      }
                    >
                      {u.keyEvent ? "Unpin" : "Pin as key event"}
                    </button>
                    <button
                      type="button"
                      disabled={pending}
                      aria-label={`Delete: ${name(u, zone)}`}
                      className="rounded border border-rule px-2 py-1 text-xs font-semibold"
                      onClick={() =>
                        window.confirm("Delete this update?") &&
                        run(() => deleteUpdateAction({ updateId: u.id }), "Update deleted.")
                      }
                    >
                      Delete
                    </button>
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
