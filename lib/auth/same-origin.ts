import { env } from "@/lib/env";

/**
 * For route handlers that change data with the session cookie: a browser names the page's origin
 * in the Origin header of every POST, so a request from another site can be told apart. Server
 * actions do the same check themselves. No Origin header means no browser sent it.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    const { host: originHost, origin: normalised } = new URL(origin);
    return originHost === host || normalised === new URL(env.SITE_URL).origin;
  } catch {
    return false;
  }
}

/**
 * Stricter, for requests only the site's own pages send (the view beacon): the browser must say so.
 * Sec-Fetch-Site, when present, decides (pages cannot forge it); otherwise an Origin of the site.
 */
export function isFromOwnPages(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site) return site === "same-origin";
  return request.headers.has("origin") && isSameOrigin(request);
}
