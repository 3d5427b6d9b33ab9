import { RichText } from "@/components/site/rich-text";
import type { DateStyle } from "@/lib/format/dates";
import type { LiveUpdateView } from "@/lib/live/types";
import { formatUpdateTime } from "@/lib/live/time";

/** One update on a live page. Rendered by the server, and by the page's island for new ones. */
export function LiveUpdate({ update, dates }: { update: LiveUpdateView; dates: DateStyle }) {
  return (
    <article
      id={`update-${update.id}`}
      aria-labelledby={`update-${update.id}-time`}
      className="border-t border-rule py-6"
    >
      <p className="flex flex-wrap items-baseline gap-x-3 text-sm">
        <time id={`update-${update.id}-time`} dateTime={update.publishedAt} className="font-bold text-accent">
          {formatUpdateTime(update.publishedAt, dates)}
        </time>
        {update.keyEvent ? (
          <span className="rounded bg-accent-soft px-2 py-0.5 text-xs font-bold uppercase tracking-wider text-accent">
            Key event
          </span>
        ) : null}
        {update.author ? <span className="text-muted">{update.author.name}</span> : null}
      </p>
      {update.title ? <h3 className="mt-2 font-serif text-xl font-bold">{update.title}</h3> : null}
      <div className="article-body prose mt-2 max-w-none">
        <RichText doc={update.body} />
      </div>
    </article>
  );
}
