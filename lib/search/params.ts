import { zonedInstant } from "@/lib/time/zoned";
import { MAX_SEARCH_PAGES } from "./limits";

// The search page's URL parameters, read leniently: anything malformed is ignored, never an error.

type Param = string | string[] | undefined;

export interface SearchParams {
  q: string;
  section: string;
  /** Calendar days (YYYY-MM-DD) in the publication's time zone, or "". */
  from: string;
  to: string;
  page: number;
}

const one = (value: Param) => (typeof value === "string" ? value : Array.isArray(value) ? (value[0] ?? "") : "");

function day(value: Param): string {
  const v = one(value);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return "";
  const [y, m, d] = v.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y &&
    date.getUTCMonth() === m - 1 &&
    date.getUTCDate() === d &&
    y >= 1900 &&
    y <= 2999
    ? v
    : "";
}

export function readSearchParams(params: Record<string, Param>): SearchParams {
  const page = Number(one(params.page));
  const section = one(params.section);
  return {
    q: one(params.q).slice(0, 2000),
    section: /^[a-z0-9-]{1,80}$/.test(section) ? section : "",
    from: day(params.from),
    to: day(params.to),
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_SEARCH_PAGES) : 1,
  };
}

/** The query string for a search, without empty parameters; page 1 is left out. */
export function searchHref(params: SearchParams, page = params.page): string {
  const query = new URLSearchParams();
  if (params.q) query.set("q", params.q);
  if (params.section) query.set("section", params.section);
  if (params.from) query.set("from", params.from);
  if (params.to) query.set("to", params.to);
  if (page > 1) query.set("page", String(page));
  const s = query.toString();
  return s ? `/search?${s}` : "/search";
}

/** The instant a calendar day starts in a time zone (its first moment on the local clock, as UTC). */
export function startOfDay(day: string, timeZone: string): Date {
  return zonedInstant(day, "00:00", timeZone);
}

/** The day after a calendar day (for an inclusive "to" date). */
export function nextDay(day: string): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}
