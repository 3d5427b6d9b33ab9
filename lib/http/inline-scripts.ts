import { createHash } from "node:crypto";

// The inline scripts of an HTML document that the Content-Security-Policy allows by hash. Only
// the shapes Next.js and React write are hashed (the streamed React Server Components payload,
// the bundler's bootstrap and React's streaming helpers): a script of any other shape in a page
// is not allowed, even if something let it into the markup.
const FRAMEWORK_SCRIPT =
  /^(?:self\.__next_f\.push\(|\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(|\(globalThis\["TURBOPACK"\]|self\.__next_s|\$R[A-Z]|requestAnimationFrame\(function\(\)\{\$R)/;
/** Attributes a framework inline script may carry; `src` and non-JavaScript types are not inline code. */
const ALLOWED_ATTRIBUTES = /^(?:\s+(?:id|nonce|async)(?:="[^"]*")?)*\s*$/;
// Script text ends at the first `</script`, whatever it contains (the HTML tokeniser's rule).
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script/gi;

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, text] of html.matchAll(SCRIPT)) {
    if (!text || !ALLOWED_ATTRIBUTES.test(attributes ?? "") || !FRAMEWORK_SCRIPT.test(text)) continue;
    hashes.add(`sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`);
  }
  return [...hashes];
}
