import { describe, expect, it } from "vitest";
import { chooseEncoding, etagOf, lastModifiedOf, notModified, representationEtag } from "./validators";

describe("validators", () => {
  const etag = etagOf(Buffer.from("<html>page</html>"));

  it("names each coding of a body in its strong ETag, and any of them revalidates the body", () => {
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(representationEtag(etag, "br")).toBe(`${etag.slice(0, -1)}-br"`);
    expect(representationEtag(etag, "gzip")).toBe(`${etag.slice(0, -1)}-gz"`);
    for (const sent of [etag, representationEtag(etag, "br"), `W/${representationEtag(etag, "gzip")}`, `"x", ${etag}`])
      expect(notModified({ "if-none-match": sent }, etag), sent).toBe(true);
    expect(notModified({ "if-none-match": '"other"' }, etag)).toBe(false);
  });

  it("answers If-Modified-Since from the content's time, and lets If-None-Match decide when both are sent", () => {
    const modified = "Mon, 07 Dec 2026 01:00:00 GMT";
    expect(notModified({ "if-modified-since": modified }, etag, modified)).toBe(true);
    expect(notModified({ "if-modified-since": "Mon, 07 Dec 2026 02:00:00 GMT" }, etag, modified)).toBe(true);
    expect(notModified({ "if-modified-since": "Mon, 07 Dec 2026 00:59:59 GMT" }, etag, modified)).toBe(false);
    expect(notModified({ "if-modified-since": modified }, etag, null)).toBe(false);
    expect(notModified({ "if-modified-since": "yesterday" }, etag, modified)).toBe(false);
    expect(notModified({ "if-none-match": '"other"', "if-modified-since": modified }, etag, modified)).toBe(false);
  });

  it("reads a page's modification time from its metadata, to the second", () => {
    const page = `<head><meta property="article:modified_time" content="2026-12-06T10:00:00.750Z"/></head>`;
    expect(lastModifiedOf(page, "text/html; charset=utf-8")?.toISOString()).toBe("2026-12-06T10:00:00.000Z");
    const listing = `<meta name="dcterms.modified" content="2026-12-05T08:00:00.000Z"/>`;
    expect(lastModifiedOf(listing, "text/html")?.toISOString()).toBe("2026-12-05T08:00:00.000Z");
    expect(lastModifiedOf("<html><body>no date</body></html>", "text/html")).toBeNull();
  });

  it("reads a feed's or sitemap's newest date", () => {
    const feed = `<rss><channel><lastBuildDate>Sun, 06 Dec 2026 09:00:00 GMT</lastBuildDate><item><pubDate>Sat, 05 Dec 2026 09:00:00 GMT</pubDate></item></channel></rss>`;
    expect(lastModifiedOf(feed, "application/rss+xml")?.toISOString()).toBe("2026-12-06T09:00:00.000Z");
    const sitemap = `<urlset><url><lastmod>2026-12-01T00:00:00.000Z</lastmod></url><url><lastmod>2026-12-03T00:00:00.000Z</lastmod></url></urlset>`;
    expect(lastModifiedOf(sitemap, "application/xml")?.toISOString()).toBe("2026-12-03T00:00:00.000Z");
  });

  it("prefers br, then gzip, among the codings the client accepts and the server has", () => {
    expect(chooseEncoding("gzip, deflate, br", () => true)).toBe("br");
    expect(chooseEncoding("gzip, deflate, br", (e) => e === "gzip")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip", () => true)).toBe("gzip");
    expect(chooseEncoding("identity", () => true)).toBeNull();
  });
});
