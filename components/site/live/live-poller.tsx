"use client";

import { useEffect, useRef, useState } from "react";
import type { DateStyle } from "@/lib/format/dates";
import type { LiveFeed, LiveUpdateView } from "@/lib/live/types";
import { LiveUpdate } from "./live-update";

const POLL_MS = 10_000;

/**
 * Asks for updates newer than the newest shown and holds them behind an "N new updates" button,
 * so the page never moves under the reader. Stops once the coverage ends.
 */
export function LivePoller({
  articleId,
  newest,
  dates,
}: {
  articleId: string;
  newest: string | null;
  dates: DateStyle;
}) {
  const [waiting, setWaiting] = useState<LiveUpdateView[]>([]);
  const [shown, setShown] = useState<LiveUpdateView[]>([]);
  const since = useRef(newest);
  const firstShown = useRef<HTMLLIElement>(null);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      if (!document.hidden) {
        try {
          const query = since.current ? `?after=${encodeURIComponent(since.current)}` : "";
          const response = await fetch(`/api/live/${encodeURIComponent(articleId)}${query}`);
          if (response.ok) {
            const feed = (await response.json()) as LiveFeed;
            if (feed.updates.length) {
              since.current = feed.updates[0]!.publishedAt;
              setWaiting((w) => [...feed.updates, ...w]);
            }
            if (!feed.live) stopped = true;
          }
        } catch {
          // Offline or a server hiccup: the next poll tries again.
        }
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    };
    timer = setTimeout(poll, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [articleId]);

  const reveal = () => {
    setShown((s) => [...waiting, ...s]);
    setWaiting([]);
    // Keyboard and screen-reader users land on the first revealed update.
    requestAnimationFrame(() => firstShown.current?.focus());
  };

  return (
    <>
      <div aria-live="polite" className="sticky top-2 z-10 mt-2 flex justify-center">
        {waiting.length ? (
          <button
            type="button"
            onClick={reveal}
            className="rounded-full bg-accent px-4 py-2 text-sm font-semibold text-paper shadow"
          >
            {waiting.length === 1 ? "1 new update" : `${waiting.length} new updates`}
          </button>
        ) : null}
      </div>
      {shown.length ? (
        <ol>
          {shown.map((u, i) => (
            <li key={u.id} ref={i === 0 ? firstShown : undefined} tabIndex={-1} className="focus:outline-none">
              <LiveUpdate update={u} dates={dates} />
            </li>
          ))}
        </ol>
      ) : null}
    </>
  );
}
