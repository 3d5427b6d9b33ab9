import { createHash } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";

// The validators of a cacheable response (its ETag and Last-Modified) and the conditional GET
// that compares them with what the client kept. Hits and misses get them from here alike.

export type Encoding = "br" | "gzip";

/** The strong ETag of a body as sent without content-coding. */
export const etagOf = (body: Buffer) => `"${createHash("sha1").update(body).digest("base64url")}"`;

/**
 * The ETag of one representation: a compressed body is a different sequence of bytes, so a strong
 * ETag names its coding (as Apache does), and any of them revalidates the same content.
 */
export const representationEtag = (etag: string, encoding: Encoding | null) =>
  encoding ? `${etag.slice(0, -1)}-${encoding === "br" ? "br" : "gz"}"` : etag;

/** The ETag a representation ETag was made from (a weak prefix ignored, as If-None-Match compares weakly). */
const baseEtag = (tag: string) => tag.replace(/^W\//, "").replace(/-(?:br|gz)"$/, '"');

const DATE_IN_META =
  /<meta\s+(?:name="dcterms\.modified"|property="article:modified_time")\s+content="([^"]+)"|<meta\s+content="([^"]+)"\s+(?:name="dcterms\.modified"|property="article:modified_time")/g;
const DATE_IN_XML = /<(lastBuildDate|pubDate|lastmod|news:publication_date|updated)>([^<]+)<\/\1>/g;

/**
 * When the content of a body last changed, as the body itself says: a page's
 * `dcterms.modified` or `article:modified_time` meta, the newest date of a feed or sitemap.
 * Null when it says nothing (the response then has no Last-Modified).
 */
export function lastModifiedOf(body: string, contentType: string): Date | null {
  const html = /^text\/html\b/.test(contentType);
  const dates = html
    ? [...body.matchAll(DATE_IN_META)].map((m) => m[1] ?? m[2]!)
    : [...body.matchAll(DATE_IN_XML)].map((m) => m[2]!);
  let newest: number | null = null;
  for (const text of dates) {
    const time = Date.parse(text.trim());
    if (!Number.isNaN(time) && (newest === null || time > newest)) newest = time;
  }
  // HTTP dates have whole seconds; a later comparison must not see a fraction as "newer".
  return newest === null ? null : new Date(Math.floor(newest / 1000) * 1000);
}

/**
 * Whether the client's copy is current (RFC 9110 13.2.2): If-None-Match when sent, otherwise
 * If-Modified-Since against the content's modification time.
 */
export function notModified(headers: IncomingHttpHeaders, etag: string, lastModified?: string | null): boolean {
  const ifNoneMatch = headers["if-none-match"];
  if (ifNoneMatch !== undefined) {
    if (ifNoneMatch.trim() === "*") return true;
    const wanted = baseEtag(etag);
    return ifNoneMatch.split(",").some((tag) => baseEtag(tag.trim()) === wanted);
  }
  const since = headers["if-modified-since"];
  if (!since || !lastModified) return false;
  const sinceTime = Date.parse(since);
  const modified = Date.parse(lastModified);
  return !Number.isNaN(sinceTime) && !Number.isNaN(modified) && modified <= sinceTime;
}

/** The coding a client gets: br, then gzip, among those available. */
export function chooseEncoding(acceptEncoding: string, available: (e: Encoding) => boolean): Encoding | null {
  const accepted = (name: string) => new RegExp(`\\b${name}\\b(?!;\\s*q=0(?:\\.0+)?\\b)`, "i").test(acceptEncoding);
  if (accepted("br") && available("br")) return "br";
  if (accepted("gzip") && available("gzip")) return "gzip";
  return null;
}
