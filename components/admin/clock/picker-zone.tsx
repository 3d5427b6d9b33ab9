"use client";

import { zoneLabel } from "@/lib/format/desk-time";
import { LocalTimeLine } from "./desk-time";
import { useDeskZone } from "./desk-zone";

/**
 * What goes beside a date-and-time picker: the zone its time is read in (the publication's, not
 * the computer's) and, once a time is chosen, that time on the reader's own clock where it differs.
 * `id` names the zone label, for the picker's aria-describedby.
 */
export function PickerZone({ iso, id }: { iso: string | null; id: string }) {
  const zone = useDeskZone();
  return (
    <>
      <span id={id} className="text-sm font-semibold" title={`The publication’s time zone (${zone})`}>
        {zoneLabel(zone, iso ? new Date(iso) : new Date())}
      </span>
      <LocalTimeLine iso={iso} />
    </>
  );
}
