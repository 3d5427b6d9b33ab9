import sanitizeHtml from "sanitize-html";
import { BODY_HTML_ALLOWLIST } from "@/lib/editor/sanitize";

// Article.bodyHtml is generated from the validated document, so it is safe by construction.
// Feed readers render it outside our pages, so it passes one more allowlist on the way out,
// and its site-relative links and images become absolute (a feed has no base URL).

const absolutize = (origin: string, url: string | undefined) =>
  url && url.startsWith("/") && !url.startsWith("//") ? `${origin}${url}` : url;

export function feedHtml(html: string, origin: string): string {
  return sanitizeHtml(html, {
    ...BODY_HTML_ALLOWLIST,
    transformTags: {
      a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, href: absolutize(origin, attribs.href) ?? "" } }),
      img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, src: absolutize(origin, attribs.src) ?? "" } }),
    },
  });
}
