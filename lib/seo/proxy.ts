import { NextResponse, type NextRequest } from "next/server";
import { RESERVED_SLUGS } from "@/lib/content/paths";

// Request-level SEO rules, run by proxy.ts before routing:
// 1. Upper-case letters in a reader path answer 308 to the lower-case path (slugs are lower-case,
//    so /World and /world would otherwise be two URLs, one of them a 404). Behind scripts/server.ts
//    such a path never gets here: lib/http/canonical-url.ts fixes case, trailing and doubled
//    slashes together in one hop; this rule serves `next dev`.
// 2. Listings keep their public `?page=N` URLs but are rendered by a route with the page number in
//    the path (/{section}/page/N), so that every page of every listing is cached (ISR) like the
//    rest of the site instead of being rendered on each request because it reads searchParams.
//    `?page=1` answers 308 to the bare path. Nothing links to the internal paths, and were one
//    visited directly its canonical link names the public URL.

/** First path segments whose URLs are not reader pages: case may matter there (tokens, ids). */
const CASE_EXEMPT = new Set(["admin", "api", "_next", "preview"]);

const SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";
const LISTING = new RegExp(`^/(?:(tag|author)/)?(${SLUG})$`);

/** Letters outside percent-escapes, lower-cased. */
const lowerCasePath = (path: string) =>
  path.replace(/%[0-9A-Fa-f]{2}|[^%]+/g, (part) => (part.startsWith("%") ? part : part.toLowerCase()));

/** "/world", "/tag/trade", "/author/jo" for a listing URL; null for anything else. */
function listingPath(match: RegExpMatchArray | null): string | null {
  if (!match) return null;
  const [, kind, slug] = match;
  if (!kind && RESERVED_SLUGS.has(slug!)) return null;
  return kind ? `/${kind}/${slug}` : `/${slug}`;
}

export function seoProxy(request: NextRequest): NextResponse | null {
  const url = request.nextUrl;
  const { pathname } = url;

  const firstSegment = pathname.split("/")[1]?.toLowerCase() ?? "";
  if (!CASE_EXEMPT.has(firstSegment)) {
    const lower = lowerCasePath(pathname);
    if (lower !== pathname) return redirectTo(url, lower, url.searchParams);
  }

  const base = listingPath(pathname.match(LISTING));
  if (base && url.searchParams.has("page")) {
    const values = url.searchParams.getAll("page");
    const rest = new URLSearchParams(url.searchParams);
    rest.delete("page");
    if (values.length === 1 && values[0] === "1") return redirectTo(url, base, rest);
    // Anything but one whole number becomes page 0, which the listing answers with a 404.
    const page = values.length === 1 && /^[1-9]\d*$/.test(values[0]!) ? values[0]! : "0";
    const target = url.clone();
    target.pathname = `${base}/page/${page}`;
    target.search = rest.toString();
    return NextResponse.rewrite(target);
  }
  return null;
}

function redirectTo(url: NextRequest["nextUrl"], pathname: string, query: URLSearchParams): NextResponse {
  const target = url.clone();
  target.pathname = pathname;
  target.search = query.toString();
  return NextResponse.redirect(target, 308);
}
