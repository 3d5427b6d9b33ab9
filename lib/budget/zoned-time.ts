// Budget days and target times are the desk's wall-clock times in the publication's time zone.

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export const isDay = (value: string) => DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
export const isTime = (value: string) => TIME.test(value);

/** "2026-11-28" as stored: that calendar date at UTC midnight (a label for the day, not an instant). */
export const dayValue = (day: string) => new Date(`${day}T00:00:00.000Z`);
export const dayLabel = (value: Date) => value.toISOString().slice(0, 10);

/** The calendar date in `timeZone` at `at`, as "YYYY-MM-DD". */
export function dayIn(timeZone: string, at = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

export function addDays(day: string, days: number): string {
  return dayLabel(new Date(dayValue(day).getTime() + days * 86_400_000));
}

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

/** The instant a wall-clock time on a day in `timeZone` names. */
export function zonedInstant(day: string, time: string, timeZone: string): Date {
  const naive = new Date(`${day}T${time}:00.000Z`);
  const first = new Date(naive.getTime() - offset(timeZone, naive));
  // A second pass settles times near a daylight-saving change.
  return new Date(naive.getTime() - offset(timeZone, first));
}

/** "HH:MM" of an instant in `timeZone`. */
export function timeIn(timeZone: string, at: Date): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(
    at,
  );
}
