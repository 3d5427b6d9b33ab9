import { zonedInstant } from "@/lib/budget/zoned-time";

// The desk's one clock: every time the desk shows or reads is the publication's wall-clock time,
// labelled with its zone, whatever zone the editor's own computer is set to.

// Building an Intl.DateTimeFormat costs far more than using one: keep one per style and zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, { ...options, timeZone })));
  return f;
}

// Intl names a zone's abbreviation only in the locales where it is in common use ("EST" in en-US,
// "BST" and "CET" in en-GB, "IST" in en-IN, "AEST" in en-AU, "SAST" in en-ZA); elsewhere it gives
// an offset ("GMT+5"). The first English locale with a name for the zone gives it; Pakistan's has
// none in any locale, so Karachi reads "GMT+5".
const LABEL_LOCALES = ["en-US", "en-GB", "en-IN", "en-AU", "en-ZA", "en-IE", "en-SG", "en-HK"];
const OFFSET_ONLY = /^(GMT|UTC)[+\-\u2212]\d/;

function shortName(locale: string, timeZone: string, at: Date): string {
  const parts = formatter(locale, timeZone, { timeZoneName: "short" }).formatToParts(at);
  return parts.find((p) => p.type === "timeZoneName")?.value ?? timeZone;
}

/** The zone's short label at an instant: "BST" or "GMT" in London, "GMT+5" in Karachi. */
export function zoneLabel(timeZone: string, at: Date): string {
  for (const locale of LABEL_LOCALES) {
    const name = shortName(locale, timeZone, at);
    if (!OFFSET_ONLY.test(name)) return name;
  }
  return shortName("en-GB", timeZone, at);
}

const DATE: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric" };
const TIME: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };

/** "7 Dec 2026, 14:00 GMT+5", or "14:00 GMT+5" with `{ date: false }`. */
export function deskTime(iso: string, timeZone: string, { date = true } = {}): string {
  const at = new Date(iso);
  const time = `${formatter("en-GB", timeZone, TIME).format(at)} ${zoneLabel(timeZone, at)}`;
  return date ? `${formatter("en-GB", timeZone, DATE).format(at)}, ${time}` : time;
}

/** "7 Dec 2026": the calendar day in the zone. */
export function deskDate(iso: string, timeZone: string): string {
  return formatter("en-GB", timeZone, DATE).format(new Date(iso));
}

/** Whether two zones' clocks read the same at an instant (Karachi and Tashkent do). */
export function sameClock(a: string, b: string, iso: string): boolean {
  const at = new Date(iso);
  const wall = (zone: string) => toWallTime(at.toISOString(), zone, { seconds: true });
  return a === b || wall(a) === wall(b);
}

const WALL: Intl.DateTimeFormatOptions = {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
};

/** An instant as a datetime-local field's value in the zone: "2026-12-07T14:00" (with ":SS" if asked). */
export function toWallTime(iso: string, timeZone: string, { seconds = false } = {}): string {
  const p = Object.fromEntries(
    formatter("en-US", timeZone, WALL)
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}${seconds ? `:${p.second}` : ""}`;
}

const WALL_INPUT = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/**
 * The instant a datetime-local value names on the zone's clock, or null when it is not one. A time
 * the clocks skip (01:30 on the night London springs forward) is read an hour later, as the clock
 * would show it; a time the clocks pass twice is one of its two instants.
 */
export function fromWallTime(value: string, timeZone: string): string | null {
  const m = WALL_INPUT.exec(value);
  if (!m || Number.isNaN(Date.parse(`${m[1]}T${m[2]}:00Z`))) return null;
  const at = zonedInstant(m[1]!, m[2]!, timeZone).getTime() + Number(m[3] ?? 0) * 1000;
  return new Date(at).toISOString();
}
