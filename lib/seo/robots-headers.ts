// X-Robots-Tag rules for next.config.ts headers(). A header rather than a meta tag, so that it
// also covers responses that are not HTML (API JSON, desk downloads) and pages whose markup
// belongs to another part of the app.
const header = (value: string) => [{ key: "X-Robots-Tag", value }];

export const robotsHeaders = [
  // The desk, the API and draft previews (signed links under /preview) are never indexed.
  { source: "/admin", headers: header("noindex") },
  { source: "/admin/:path*", headers: header("noindex") },
  { source: "/api/:path*", headers: header("noindex") },
  { source: "/preview/:path*", headers: header("noindex") },
  // Search results are thin, endless pages; their links to stories may still be followed.
  { source: "/search", headers: header("noindex, follow") },
];
