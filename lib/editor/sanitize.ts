import sanitizeHtml from "sanitize-html";

// The HTML a body may ever contain. documentToHtml (the feed output of the node map) builds only
// these tags from a validated document; this allowlist is the second line of defence, applied as
// feeds leave the site.
const BODY_HTML_ALLOWLIST: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "h2",
    "h3",
    "h4",
    "strong",
    "em",
    "a",
    "ul",
    "ol",
    "li",
    "blockquote",
    "aside",
    "hr",
    "br",
    "figure",
    "figcaption",
    "img",
    "small",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "iframe",
  ],
  allowedAttributes: {
    a: ["href", "rel"],
    img: ["src", "alt", "width", "height"],
    ol: ["start"],
    th: ["colspan", "rowspan"],
    td: ["colspan", "rowspan"],
    iframe: ["src", "title", "allowfullscreen", "loading", "sandbox"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"], iframe: ["https"] },
  allowProtocolRelative: false,
  // The only embeds the editor produces are YouTube's privacy-enhanced player.
  allowedIframeHostnames: ["www.youtube-nocookie.com"],
};

/** Body HTML reduced to the allowlist; `transformTags` may rewrite what it keeps (feeds make URLs absolute). */
export const sanitizeBodyHtml = (html: string, transformTags?: sanitizeHtml.IOptions["transformTags"]) =>
  sanitizeHtml(html, { ...BODY_HTML_ALLOWLIST, transformTags });
