// A tiny XML writer for sitemaps and feeds. Every text node and attribute goes through
// escapeXml, so no title, URL or article body can break out of its element.

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

// Characters XML 1.0 forbids outright (control characters other than tab, newline, return).
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export const escapeXml = (text: string) => text.replace(INVALID, "").replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Plain text for an element that readers decode as HTML (RSS `<description>`): markup characters
 * become entities, so the text shows as written and no tag in it is ever a tag. textElement then
 * escapes it once more for XML.
 */
export const htmlText = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

export type XmlChild = string | null | undefined | false;
type Attributes = Record<string, string | number | boolean | null | undefined>;

/** An element whose children are already-serialised elements (falsy children are dropped). */
export function element(name: string, attributes: Attributes, children: XmlChild[]): string {
  const body = children.filter(Boolean).join("");
  return `<${name}${attrs(attributes)}${body ? `>${body}</${name}>` : "/>"}`;
}

/** An element holding one text node. */
export const textElement = (name: string, text: string | number, attributes: Attributes = {}) =>
  `<${name}${attrs(attributes)}>${escapeXml(String(text))}</${name}>`;

export const xmlDocument = (root: string) => `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;

function attrs(attributes: Attributes): string {
  return Object.entries(attributes)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join("");
}

/** Headers for XML we serve: a CDN may keep it for five minutes and serve it stale while refreshing. */
export function xmlResponse(body: string, contentType = "application/xml"): Response {
  return new Response(body, {
    headers: {
      "Content-Type": `${contentType}; charset=utf-8`,
      "Cache-Control": "public, max-age=0, s-maxage=300, stale-while-revalidate=3600",
    },
  });
}
