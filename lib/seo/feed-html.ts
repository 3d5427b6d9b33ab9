import sanitizeHtml from "sanitize-html";

// Article.bodyHtml is generated from the validated document, so it is safe by construction.
// Feed readers render it outside our pages, so it passes one more allowlist on the way out,
// and its site-relative links and images become absolute (a feed has no base URL).

const absolutize = (origin: string, url: string | undefined) => (url && url.startsWith("/") && !url.startsWith("//") ? `${origin}${url}` : url);

export function feedHtml(html: string, origin: string): string {
  return sanitizeHtml(html, {
    allowedTags: [
      "p", "h2", "h3", "h4", "strong", "em", "a", "ul", "ol", "li", "blockquote", "aside", "hr", "br",
      "figure", "figcaption", "img", "small", "table", "thead", "tbody", "tr", "th", "td", "iframe",
    ],
    allowedAttributes: {
      a: ["href", "rel"],
      img: ["src", "alt", "width", "height"],
      ol: ["start"],
      th: ["colspan", "rowspan"],
      td: ["colspan", "rowspan"],
      iframe: ["src", "title", "allowfullscreen", "loading"],
    },
    allowedSchemes: ["http", "https", "mailto"],
    allowedSchemesByTag: { img: ["http", "https"], iframe: ["https"] },
    allowProtocolRelative: false,
    // The only embeds the editor produces are YouTube's privacy-enhanced player.
    allowedIframeHostnames: ["www.youtube-nocookie.com"],
    transformTags: {
      a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, href: absolutize(origin, attribs.href) ?? "" } }),
      img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, src: absolutize(origin, attribs.src) ?? "" } }),
    },
  });
}
