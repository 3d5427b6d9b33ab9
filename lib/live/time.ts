import type { DateStyle } from "@/lib/format/dates";

/** An update's time as readers scan a live page: "14:05 PKT", with the date once it is not today's. */
export function formatUpdateTime(iso: string, { locale, timeZone }: DateStyle, now = new Date()): string {
  const day = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone, dateStyle: "short" }).format(d);
  const sameDay = day(new Date(iso)) === day(now);
  return new Intl.DateTimeFormat(locale, {
    ...(sameDay ? {} : { day: "numeric", month: "short" }),
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(new Date(iso));
}
