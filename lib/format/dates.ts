// Dates shown to readers, in the publication's locale and time zone.
export interface DateStyle {
  locale: string;
  timeZone: string;
}

export function formatDate(iso: string, { locale, timeZone }: DateStyle): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone }).format(new Date(iso));
}

export function formatDateTime(iso: string, { locale, timeZone }: DateStyle): string {
  return new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(new Date(iso));
}
