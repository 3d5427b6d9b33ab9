"use client";

import { deskTime, sameClock } from "@/lib/format/desk-time";
import { useDeskZone, useViewerZone } from "./desk-zone";

/**
 * A time on the publication's clock ("7 Dec 2026, 14:00 GMT+5"); where the reader's computer
 * keeps another clock, its reading is in the tooltip.
 */
export function DeskTime({ iso, date = true, className }: { iso: string; date?: boolean; className?: string }) {
  const zone = useDeskZone();
  const viewer = useViewerZone();
  const local = viewer && !sameClock(zone, viewer, iso) ? `Your time: ${deskTime(iso, viewer, { date })}` : undefined;
  return (
    <time dateTime={iso} title={local} className={className}>
      {deskTime(iso, zone, { date })}
    </time>
  );
}

/** The reader's own clock's reading of an instant, as a line under a picker; nothing where it agrees. */
export function LocalTimeLine({ iso, id }: { iso: string | null; id?: string }) {
  const zone = useDeskZone();
  const viewer = useViewerZone();
  if (!iso || !viewer || sameClock(zone, viewer, iso)) return null;
  return (
    <span id={id} className="block text-xs text-muted">
      Your time: {deskTime(iso, viewer)}
    </span>
  );
}
