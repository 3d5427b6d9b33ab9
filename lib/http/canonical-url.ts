import type { IncomingMessage, ServerResponse } from "node:http";

// One URL per page, reached in one hop. A reader path written another way (upper case, a
// trailing slash, doubled slashes, or any mix of them) answers one 308 to the page's own URL:
// to the recorded redirect's target when the path it stands for has moved (an old slug or
// section), so `/Pakistan/old-slug/` lands on the story at once. This runs before Next, which
// would take one hop per rule, and would read `//world` as a host name and answer the front page.

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export interface RecordedRedirect {
  toPath: string;
  permanent: boolean;
}

/** First path segments whose case matters (tokens, ids, file names). */
const CASE_EXEMPT = new Set(["admin", "api", "_next", "preview", "media"]);

/** Letters outside percent-escapes, lower-cased. */
const lowerCasePath = (path: string) =>
  path.replace(/%[0-9A-Fa-f]{2}|[^%]+/g, (part) => (part.startsWith("%") ? part : part.toLowerCase()));

/** The canonical form of a request's path and query, or null when it is already canonical. */
export function canonicalForm(url: string): string | null {
  const queryAt = url.indexOf("?");
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const query = queryAt === -1 ? "" : url.slice(queryAt);
  if (!path.startsWith("/")) return null;
  let canonical = path.replace(/\/{2,}/g, "/");
  if (canonical.length > 1) canonical = canonical.replace(/\/$/, "");
  const first = canonical.split("/")[1]?.toLowerCase() ?? "";
  if (!CASE_EXEMPT.has(first)) canonical = lowerCasePath(canonical);
  return canonical === path ? null : canonical + query;
}

/**
 * Answers every non-canonical reader URL with one redirect; `recorded` looks up the redirect
 * recorded for a canonical path (only these requests read it, so ordinary pages never do).
 */
export function canonicalUrls(handle: Handler, recorded: (path: string) => Promise<RecordedRedirect | null>): Handler {
  return async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return handle(req, res);
    const target = canonicalForm(req.url ?? "/");
    if (!target) return handle(req, res);
    const queryAt = target.indexOf("?");
    const path = queryAt === -1 ? target : target.slice(0, queryAt);
    const query = queryAt === -1 ? "" : target.slice(queryAt);
    // Without the database, the canonical path is still one hop nearer than the request's.
    const moved = await recorded(path).catch(() => null);
    res.statusCode = moved && !moved.permanent ? 307 : 308;
    res.setHeader("Location", moved ? moved.toPath + query : target);
    res.end();
  };
}
