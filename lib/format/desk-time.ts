import { zonedInstant } from "@/lib/time/zoned";

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

// Month names written here, not taken from Intl: the server's and the browser's copies of the
// locale data disagree ("Sep" or "Sept"), and the text must read the same on both.
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const dayOf = (wall: string) => {
  const [year, month, day] = wall.slice(0, 10).split("-").map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year}`;
};

/** "7 Dec 2026, 14:00 GMT+5", or "14:00 GMT+5" with `{ date: false }`. */
export function deskTime(iso: string, timeZone: string, { date = true } = {}): string {
  const wall = toWallTime(iso, timeZone);
  const time = `${wall.slice(11, 16)} ${zoneLabel(timeZone, new Date(iso))}`;
  return date ? `${dayOf(wall)}, ${time}` : time;
}

/** Whether two zones' clocks read the same at an instant (Karachi and Tashkent do). */
export function sameClock(a: string, b: string, iso: string): boolean {
  const wall = (zone: string) => toWallTime(iso, zone, { seconds: true });
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
 * The instant a datetime-local value names on the zone's clock, or null when it is not one (times
 * near a daylight-saving change as lib/time/zoned.ts reads them).
 */
export function fromWallTime(value: string, timeZone: string): string | null {
  const m = WALL_INPUT.exec(value);
  if (!m || Number.isNaN(Date.parse(`${m[1]}T${m[2]}:00Z`))) return null;
  const at = zonedInstant(m[1]!, m[2]!, timeZone).getTime() + Number(m[3] ?? 0) * 1000;
  return new Date(at).toISOString();
}
