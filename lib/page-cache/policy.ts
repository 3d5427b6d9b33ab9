import type { IncomingHttpHeaders, OutgoingHttpHeaders } from "node:http";

// What the page cache may keep: anonymous readers' GETs of public pages, and nothing that could
// carry one person's session, a draft or the desk. Anything in doubt goes to Next.js untouched.

/** Paths never cached: the desk, APIs, Next's own assets and data, previews, and search. */
const NEVER = /^\/(admin|api|_next|preview|search)(\/|$)/;
/** Files (images, icons, scripts) are served by Next from disk already; feeds and sitemaps (.xml) are pages. */
const STATIC_FILE = /\.(?!xml$)[a-z0-9]+$/i;
/** Query parameters that select a different page; any other parameter bypasses the cache. */
const PAGE_PARAMS = new Set(["page"]);
/** Cookies that mean "this person is signed in or previewing": their pages are their own. */
const PRIVATE_COOKIES =
  /(?:^|;\s*)(?:__Secure-)?(?:broadsheet\.session|next-auth\.[\w.-]+|__prerender_bypass|__next_preview_data)=/;
/** Headers of Next's client-side navigation and actions: those answers are not the HTML page. */
const NEXT_REQUEST_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-action",
  "next-url",
];

export type Decision = { cache: true; key: string } | { cache: false; reason: string };

export function requestDecision(
  method: string | undefined,
  url: string | undefined,
  headers: IncomingHttpHeaders,
): Decision {
  if (method !== "GET" && method !== "HEAD") return { cache: false, reason: "method" };
  if (!url || !url.startsWith("/")) return { cache: false, reason: "url" };
  const parsed = new URL(url, "http://localhost");
  if (NEVER.test(parsed.pathname) || STATIC_FILE.test(parsed.pathname)) return { cache: false, reason: "path" };
  if (parsed.pathname.includes("..") || parsed.pathname.includes("//")) return { cache: false, reason: "path" };
  for (const name of parsed.searchParams.keys()) if (!PAGE_PARAMS.has(name)) return { cache: false, reason: "query" };
  if (headers.cookie && PRIVATE_COOKIES.test(headers.cookie)) return { cache: false, reason: "session" };
  if (headers.authorization) return { cache: false, reason: "session" };
  if (NEXT_REQUEST_HEADERS.some((h) => headers[h] !== undefined)) return { cache: false, reason: "navigation" };
  parsed.searchParams.sort();
  // The host is part of the key: one process may answer for several names.
  const host = String(headers.host ?? "").toLowerCase();
  return { cache: true, key: `${host}${parsed.pathname}${parsed.search}` };
}

const CACHEABLE_TYPES =
  /^(text\/html|application\/xml|text\/xml|application\/rss\+xml|application\/atom\+xml|application\/feed\+json)\b/;

/** Whether a finished response may be stored; `tags` are the cache tags its render read. */
export function responseDecision(
  status: number,
  headers: OutgoingHttpHeaders,
  tags: readonly string[],
): Decision | { cache: true } {
  if (status !== 200) return { cache: false, reason: "status" };
  if (headers["set-cookie"] !== undefined) return { cache: false, reason: "set-cookie" };
  if (!CACHEABLE_TYPES.test(String(headers["content-type"] ?? ""))) return { cache: false, reason: "type" };
  if (headers["content-encoding"] !== undefined) return { cache: false, reason: "encoded" };
  // Next serves a stale page while it renders a fresh one: keep neither copy for another round.
  if (String(headers["x-nextjs-cache"] ?? "").toUpperCase() === "STALE") return { cache: false, reason: "stale" };
  // Without tags there is no way to know when the page changes; such pages are not kept.
  if (!tags.length) return { cache: false, reason: "untagged" };
  return { cache: true };
}

/**
 * How long shared caches may keep a response, by its `s-maxage`: Next lowers it to the shortest
 * lifetime of the data the page read (the "Most read" rail's, for one), and a stored page must
 * not outlive that data. Null when the response does not say.
 */
export function sharedLifetimeMs(headers: OutgoingHttpHeaders): number | null {
  const match = String(headers["cache-control"] ?? "").match(/(?:^|[\s,])s-maxage=(\d+)/i);
  return match ? Number(match[1]) * 1000 : null;
}

/** Headers kept with a stored page: not per-connection ones, nor Next's own cache status. */
export function storableHeaders(headers: OutgoingHttpHeaders): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    if (
      /^(connection|keep-alive|transfer-encoding|content-length|date|set-cookie|x-nextjs-cache|etag|x-broadsheet-cache|x-request-id)$/i.test(
        name,
      )
    )
      continue;
    kept[name.toLowerCase()] = Array.isArray(value) ? value.map(String) : String(value);
  }
  return kept;
}
