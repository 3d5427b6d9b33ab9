import { youtubeEmbedSrc } from "@/lib/editor/embeds";

// The headers every response carries (scripts/server.ts sets them before Next.js runs), and the
// Content-Security-Policy. Inline scripts are allowed only by the hash of their exact text
// (lib/http/inline-scripts.ts), so the policy is the same for every reader and a page stays
// cacheable; a per-request nonce would make every reader page dynamic.

/** Origins the reader's embeds may frame: the allowlisted providers that render an iframe. */
export const FRAME_ORIGINS = [new URL(youtubeEmbedSrc("x")).origin];

export function contentSecurityPolicy(scriptHashes: readonly string[] = []): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", ...scriptHashes.map((h) => `'${h}'`)],
    // React and the editor set style attributes; styles cannot run code.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "media-src": ["'self'"],
    "frame-src": FRAME_ORIGINS,
    "worker-src": ["'self'", "blob:"],
    "manifest-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

const PERMISSIONS_POLICY = [
  "camera=()",
  "microphone=()",
  "geolocation=()",
  "payment=()",
  "usb=()",
  "interest-cohort=()",
  "browsing-topics=()",
  // The YouTube player asks for these inside its own frame.
  `fullscreen=(self "${FRAME_ORIGINS[0]}")`,
  `picture-in-picture=(self "${FRAME_ORIGINS[0]}")`,
].join(", ");

/** Headers for every response; HSTS only when the public origin is https (a plain-http site would lock itself out). */
export function securityHeaders(siteUrl: string): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  if (siteUrl.startsWith("https:")) headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  return headers;
}
