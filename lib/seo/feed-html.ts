import { sanitizeBodyHtml } from "@/lib/editor/sanitize";

// A feed's body HTML is drawn from the validated document by the node map, so it is safe by
// construction. Feed readers render it outside our pages, so it passes one more allowlist on the
// way out, and its site-relative links and images become absolute (a feed has no base URL).

const absolutize = (origin: string, url: string | undefined) =>
  url && url.startsWith("/") && !url.startsWith("//") ? `${origin}${url}` : url;

export function feedHtml(html: string, origin: string): string {
  return sanitizeBodyHtml(html, {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, href: absolutize(origin, attribs.href) ?? "" } }),
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, src: absolutize(origin, attribs.src) ?? "" } }),
  });
}
