import { expect, type Page } from "@playwright/test";
import Database from "better-sqlite3";

// What the injection specs share: a read-only look at the suite's database, and a guard that
// records anything a payload could do on a page.

export function readDb<T>(sql: string, ...params: unknown[]): T[] {
  const sqlite = new Database(process.env.E2E_DB_FILE!, { readonly: true });
  try {
    return sqlite.prepare(sql).all(...params) as T[];
  } finally {
    sqlite.close();
  }
}

/** The corpus in groups of ten: one story, image or live page carries a group. */
export const inGroups = (payloads: readonly string[]) =>
  Array.from({ length: Math.ceil(payloads.length / 10) }, (_, g) => payloads.slice(g * 10, g * 10 + 10));

/**
 * Text as a page shows it, for "the payload is there as text": HTML and XML drop some control
 * characters and fold white space, and one-line fields (names, captions) drop bidirectional
 * controls, so both sides are compared without them.
 */
export const asShown = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/\s+/g, " ")
    .trim();

/** A page that fails the test as soon as a payload runs, opens a dialog or reaches a foreign origin. */
export async function guard(page: Page) {
  const hits: string[] = [];
  await page.addInitScript(() => {
    (window as unknown as { __xss: () => void }).__xss = () => {
      (window as unknown as { __xssRan: number }).__xssRan =
        ((window as unknown as { __xssRan?: number }).__xssRan ?? 0) + 1;
    };
  });
  page.on("dialog", (d) => {
    hits.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (/^https?:$/.test(url.protocol) && !["127.0.0.1", "localhost"].includes(url.hostname))
      hits.push(`request: ${r.url()}`);
  });
  const check = async () => {
    const ran = await page.evaluate(() => (window as unknown as { __xssRan?: number }).__xssRan ?? 0);
    expect(ran, `a payload ran on ${page.url()}`).toBe(0);
    expect(hits, page.url()).toEqual([]);
  };
  const visit = async (path: string) => {
    const res = await page.goto(path);
    expect(res?.status(), path).toBeLessThan(500);
    await page.waitForLoadState("load");
    await check();
    return res;
  };
  /** The page's text, as shown, includes every one of `texts`: the payloads arrived as text. */
  const expectShown = async (texts: string[]) => {
    // Without scripts: the page's own data carries the same strings, but not as text.
    const text = await page.evaluate(() => {
      const body = document.body.cloneNode(true) as HTMLElement;
      body.querySelectorAll("script, style, template").forEach((e) => e.remove());
      return body.textContent ?? "";
    });
    const shown = asShown(text);
    for (const t of texts) expect(shown, `${page.url()} shows ${JSON.stringify(t)}`).toContain(asShown(t));
  };
  /** Fetches an XML document through the page and parses it as a browser does: it must be well-formed. */
  const xmlText = async (path: string) => {
    const res = await visit(path);
    const source = await res!.text();
    const parsed = await page.evaluate((s) => {
      const doc = new DOMParser().parseFromString(s, "application/xml");
      return { errors: doc.getElementsByTagName("parsererror").length, text: doc.documentElement.textContent ?? "" };
    }, source);
    expect(parsed.errors, `${path} is well-formed XML`).toBe(0);
    return asShown(parsed.text);
  };
  /**
   * Each item description of a feed as a feed reader takes it: XML decoded, then parsed as HTML.
   * `elements` counts the tags the HTML held; `text` is what the reader shows.
   */
  const feedDescriptions = async (path: string) => {
    const res = await visit(path);
    const source = await res!.text();
    return page.evaluate((s) => {
      const feed = new DOMParser().parseFromString(s, "application/xml");
      return [...feed.querySelectorAll("channel > description, item > description")].map((d) => {
        const html = new DOMParser().parseFromString(d.textContent ?? "", "text/html");
        return { elements: html.body.querySelectorAll("*").length, text: html.body.textContent ?? "" };
      });
    }, source);
  };
  return { visit, check, expectShown, xmlText, feedDescriptions };
}
