import { expect, test } from "@playwright/test";
import { e2eDb } from "./support/db";
import { storyPath, visibleStories } from "./seo-support";

// Every cacheable response, whether the page cache had it or not, leaves compressed (br, then
// gzip) with a strong ETag and, where its content says when it changed, Last-Modified; a client
// holding a copy gets 304 for either validator. A query string the pages ignore bypasses the page
// cache, so each request below is a miss rendered by Next.
const STATUS = "x-broadsheet-cache";

const story = visibleStories()[0]!;
const misses = [
  `${storyPath(story)}?utm_source=newsletter`,
  `/${story.sectionSlug}?fbclid=x`,
  "/?utm_source=x",
  "/feed.xml?utm_source=x",
  "/sitemap.xml?utm_source=x",
  "/sitemaps/articles-1.xml?utm_source=x",
];
/** Bodies under 1 KB are sent as they are: compressing them saves less than it costs. */
const large = misses.filter((url) => !url.startsWith("/sitemap.xml"));

/** When the story last changed for readers, as its page says it: publication, revision or correction. */
function storyModifiedAt(slug: string): number {
  const db = e2eDb();
  try {
    const row = db
      .prepare(
        `SELECT a.publishedAt, a.revisedAt, (SELECT MAX(c.createdAt) FROM Correction c WHERE c.articleId = a.id) AS corrected
         FROM Article a WHERE a.slug = ?`,
      )
      .get(slug) as Record<string, string | number | null>;
    return Math.max(
      ...Object.values(row)
        .filter((v) => v !== null)
        .map((v) => new Date(v!).getTime()),
    );
  } finally {
    db.close();
  }
}

test("a miss is compressed with br, or gzip when br is not accepted, and carries a strong ETag", async ({
  request,
}) => {
  for (const url of large) {
    const br = await request.get(url, { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(br.status(), url).toBe(200);
    expect(br.headers()[STATUS], url).toBe("BYPASS");
    expect(br.headers()["content-encoding"], url).toBe("br");
    expect(br.headers().etag, url).toMatch(/^"[\w-]+"$/);
    expect(br.headers().vary, url).toMatch(/accept-encoding/i);
    const gzip = await request.get(url, { headers: { "accept-encoding": "gzip" } });
    expect(gzip.headers()["content-encoding"], url).toBe("gzip");
    expect(gzip.headers().etag, url).toMatch(/^"[\w-]+"$/);
    // Each decodes to the whole document (the two may differ: the suite's Most read moves between requests).
    for (const body of [await br.text(), await gzip.text()])
      expect(body.trimEnd(), url).toMatch(
        url.includes(".xml") ? /^<\?xml[\s\S]*<\/(rss|urlset|sitemapindex)>$/ : /^<!DOCTYPE html>[\s\S]*<\/html>$/,
      );
  }
});

test("a miss answers 304 to If-None-Match and to If-Modified-Since", async ({ request }) => {
  for (const url of misses) {
    const first = await request.get(url);
    const { etag, "last-modified": lastModified } = first.headers();
    expect(lastModified, url).toBeTruthy();
    // Or a browser would keep the page for a tenth of its age without asking.
    expect(first.headers()["cache-control"], url).toMatch(/(^|, )max-age=0\b/);
    // Most read (refreshed every few seconds in this suite) can change a page between two requests:
    // a validator must match whenever the page has not changed, and never when it has.
    const wrong: string[] = [];
    await expect
      .poll(async () => {
        const current = (await request.get(url)).headers().etag!;
        const byEtag = await request.get(url, { headers: { "if-none-match": current } });
        if (byEtag.status() === 200 && byEtag.headers().etag === current) wrong.push(`200 for unchanged ${current}`);
        if (byEtag.status() === 304 && byEtag.headers()["content-security-policy"]) wrong.push("a 304 with a CSP");
        return byEtag.status();
      })
      .toBe(304);
    expect(wrong, url).toEqual([]);
    expect(etag, url).toMatch(/^"[\w-]+"$/);
    const byDate = await request.get(url, { headers: { "if-modified-since": lastModified! } });
    expect(byDate.status(), url).toBe(304);
    const earlier = new Date(Date.parse(lastModified!) - 1000).toUTCString();
    expect((await request.get(url, { headers: { "if-modified-since": earlier } })).status(), url).toBe(200);
  }
});

test("a story's Last-Modified is when its content last changed, hit or miss", async ({ request }) => {
  const expected = new Date(Math.floor(storyModifiedAt(story.slug) / 1000) * 1000).toUTCString();
  const miss = await request.get(`${storyPath(story)}?utm_source=x`);
  expect(miss.headers()["last-modified"]).toBe(expected);
  await request.get(storyPath(story));
  await expect.poll(async () => (await request.get(storyPath(story))).headers()[STATUS]).toBe("HIT");
  // The stored page's compressed copies are made after it is stored.
  const hitWithBr = async () =>
    (await request.get(storyPath(story), { headers: { "accept-encoding": "br" } })).headers();
  await expect.poll(async () => (await hitWithBr())["content-encoding"]).toBe("br");
  const hit = await hitWithBr();
  expect(hit["last-modified"]).toBe(expected);
  expect(hit.etag).toMatch(/^"[\w-]+"$/);
  const revalidated = await request.get(storyPath(story), { headers: { "if-modified-since": expected } });
  expect(revalidated.status()).toBe(304);
  expect(revalidated.headers()[STATUS]).toBe("HIT");
});
