import type { IncomingHttpHeaders } from "node:http";

/**
 * A WebSocket upgrade carries the desk's cookie whichever page opened it: only the site's own
 * pages may open one (the Origin is the site's, or the host the request was sent to).
 */
export function upgradeOriginAllowed(headers: IncomingHttpHeaders, siteUrl: string): boolean {
  const origin = headers.origin;
  if (!origin) return false;
  try {
    const url = new URL(origin);
    return url.origin === new URL(siteUrl).origin || url.host === headers.host;
  } catch {
    return false;
  }
}
