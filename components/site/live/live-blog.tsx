import type { DateStyle } from "@/lib/format/dates";
import { keyEvents } from "@/lib/live/read";
import type { LiveFeed } from "@/lib/live/types";
import { formatUpdateTime } from "@/lib/live/time";
import { LivePoller } from "./live-poller";
import { LiveUpdate } from "./live-update";

/** A live page's updates: key events as a summary first, then every update newest first. */
export function LiveBlog({ articleId, feed, dates }: { articleId: string; feed: LiveFeed; dates: DateStyle }) {
  const pinned = keyEvents(feed.updates);
  return (
    <>
      {pinned.length ? (
        <nav aria-labelledby="key-events-heading" className="mt-8 rounded border border-rule px-4 py-3">
          <h2 id="key-events-heading" className="text-sm font-bold uppercase tracking-wider">
            Key events
          </h2>
          <ul className="mt-2 space-y-1 text-sm">
            {pinned.map((u) => (
              <li key={u.id}>
                <a href={`#update-${u.id}`} className="hover:text-accent hover:underline">
                  <time dateTime={u.publishedAt} className="font-semibold">
                    {formatUpdateTime(u.publishedAt, dates)}
                  </time>{" "}
                  {u.title || "Key event"}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <section aria-labelledby="updates-heading" className="mt-8">
        <h2 id="updates-heading" className="text-sm font-bold uppercase tracking-wider">
          {feed.live ? "Latest updates" : "Updates"}
        </h2>
        {feed.live ? (
          <LivePoller articleId={articleId} newest={feed.updates[0]?.publishedAt ?? null} dates={dates} />
        ) : null}
        {feed.updates.length ? (
          <ol className="mt-2">
            {feed.updates.map((u) => (
              <li key={u.id}>
                <LiveUpdate update={u} dates={dates} />
              </li>
            ))}
          </ol>
        ) : (
          <p className="mt-2 text-muted">The first update will appear here.</p>
        )}
      </section>
    </>
  );
}
