// Wall-clock times in a time zone and the instants they name: the one converter the desk's
// pickers, the budget and the reader's search dates share.

/** The calendar date in `timeZone` at `at`, as "YYYY-MM-DD". */
export function dayIn(timeZone: string, at = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

const DAY_MS = 86_400_000;

/** How far `timeZone` is ahead of UTC at `at`, in milliseconds. */
function offset(timeZone: string, at: Date): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/**
 * The instant a wall-clock time on a day in `timeZone` names. Around a daylight-saving change it
 * reads as a clock on the wall would: a time the clocks pass twice is the first of the two, and a
 * time they skip (01:30 the night London springs forward) is that long after the change (02:30).
 */
export function zonedInstant(day: string, time: string, timeZone: string): Date {
  const naive = new Date(`${day}T${time}:00.000Z`).getTime();
  // The zone's offsets a day either side: a change between them is the only one near this time.
  const before = offset(timeZone, new Date(naive - DAY_MS));
  const after = offset(timeZone, new Date(naive + DAY_MS));
  const names = (at: number) => offset(timeZone, new Date(at)) === naive - at;
  const readings = [naive - before, naive - after].filter(names).sort((x, y) => x - y);
  return new Date(readings[0] ?? naive - before);
}

/** "HH:MM" of an instant in `timeZone`. */
export function timeIn(timeZone: string, at: Date): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(
    at,
  );
}
