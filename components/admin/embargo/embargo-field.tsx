"use client";

import { fromWallTime, toWallTime } from "@/lib/format/desk-time";
import { useDeskZone } from "../clock/desk-zone";
import { PickerZone } from "../clock/picker-zone";

/** The side panel's embargo time, on the publication's clock (the article stores the instant). */
export function EmbargoField({
  value,
  onChange,
  error,
}: {
  value: string | null;
  onChange: (iso: string | null) => void;
  error?: string;
}) {
  const zone = useDeskZone();
  return (
    <div className="space-y-1 rounded border-2 border-accent/60 p-2">
      <label htmlFor="article-embargo" className="block text-sm font-semibold">
        Embargo until
      </label>
      <input
        id="article-embargo"
        type="datetime-local"
        step={1}
        value={value ? toWallTime(value, zone, { seconds: true }) : ""}
        onChange={(e) => onChange(e.target.value ? fromWallTime(e.target.value, zone) : null)}
        aria-describedby="article-embargo-zone article-embargo-hint"
        aria-invalid={error ? true : undefined}
        className="block w-full rounded border border-rule bg-paper px-2 py-1.5 text-sm"
      />
      <PickerZone iso={value} id="article-embargo-zone" />
      <p id="article-embargo-hint" className="text-xs text-muted">
        Before this time nothing of the story reaches readers: not its page, listings, search, feeds, sitemaps, images
        or preview links. Publishing before it schedules the story for it.
      </p>
      {error ? <p className="text-xs font-semibold text-accent">{error}</p> : null}
    </div>
  );
}
