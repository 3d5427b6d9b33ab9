import { isEmbargoed } from "@/lib/content/visibility";
import { DeskTime } from "../clock/desk-time";

/** A loud reminder on desk screens that a story must not get out before its time. */
export function EmbargoNotice({ until, compact = false }: { until: string | null; compact?: boolean }) {
  if (!until || !isEmbargoed(until)) return null;
  const time = <DeskTime iso={until} />;
  if (compact)
    return (
      // On one line from a tablet up; on a phone it wraps rather than widen the list past the screen.
      <strong className="inline-block rounded bg-accent px-1.5 py-0.5 text-xs text-paper sm:ml-2 sm:whitespace-nowrap">
        Embargoed until {time}
      </strong>
    );
  return (
    <p role="note" className="mb-4 rounded border-2 border-accent bg-accent-soft px-3 py-2 text-sm font-bold">
      Embargoed until {time}. Nothing of this story is public before then.
    </p>
  );
}
