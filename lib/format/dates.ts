// Dates shown to readers, in the publication's locale and time zone.
export interface DateStyle {
  locale: string;
  timeZone: string;
}

// Building an Intl.DateTimeFormat costs far more than using one, and a page formats dozens of
// dates in the same few styles: keep one formatter per style.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: "date" | "dateTime", { locale, timeZone }: DateStyle): Intl.DateTimeFormat {
  const key = `${kind}|${locale}|${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    f =
      kind === "date"
        ? new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone })
        : new Intl.DateTimeFormat(locale, {
            day: "numeric",
            month: "long",
            year: "numeric",
            hour: "2-digit",
            minute: "2-digit",
            timeZone,
            timeZoneName: "short",
          });
    formatters.set(key, f);
  }
  return f;
}

export function formatDate(iso: string, style: DateStyle): string {
  return formatter("date", style).format(new Date(iso));
}

export function formatDateTime(iso: string, style: DateStyle): string {
  return formatter("dateTime", style).format(new Date(iso));
}
