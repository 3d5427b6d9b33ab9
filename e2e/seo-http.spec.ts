import { expect, test, type APIResponse } from "@playwright/test";
import { busiestTag } from "./support/db";
import { hiddenStories, recordRedirect, storyPath, visibleStories } from "./seo-support";

// HTTP behaviour crawlers and CDNs rely on: cacheable published pages, noindex where nothing
// should be indexed, one URL per page (308 to it), recorded redirects, and real 404s.

/** Every Location header: there must be one (Next 16 appends an identical second one on a cache miss). */
const locations = (response: APIResponse) =>
  response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "location")
    .map((h) => h.value);

const CDN_CACHEABLE = /s-maxage=\d+.*stale-while-revalidate=\d+/;

test("published pages, listings and their later pages can be cached by a CDN", async ({ request }) => {
  const story = visibleStories()[0]!;
  const tag = busiestTag().slug;
  for (const path of [
    "/",
    storyPath(story),
    `/${story.sectionSlug}`,
    `/tag/${tag}`,
    `/tag/${tag}?page=2`,
    "/author/news-desk",
    "/feed.xml",
    "/sitemap.xml",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["cache-control"], path).toMatch(CDN_CACHEABLE);
  }
});

test("a listing's later page is rendered in place, not fetched by the server from itself", async ({ request }) => {
  const tag = busiestTag().slug;
  const response = await request.get(`/tag/${tag}?page=2`);
  expect(response.status()).toBe(200);
  // Next names an in-place rewrite by its path; a full URL here means it sent the request to that
  // URL over HTTP, a second request each time (scripts/server.ts, lib/http/next-hostname.ts).
  expect(response.headers()["x-middleware-rewrite"]).toBe(`/tag/${tag}/page/2`);
});

test("the desk, the API and previews are noindex; search is noindex but followed", async ({ request }) => {
  for (const path of ["/admin", "/admin/login", "/api/no-such-endpoint", "/preview/some-token"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.headers()["x-robots-tag"], path).toBe("noindex");
  }
  expect((await request.get("/search?q=trade")).headers()["x-robots-tag"]).toBe("noindex, follow");
  expect((await request.get("/")).headers()["x-robots-tag"]).toBeUndefined();
});

test.describe("one URL per page", () => {
  const story = visibleStories()[0]!;

  test("a trailing slash answers 308 to the path without it", async ({ request }) => {
    const response = await request.get(`${storyPath(story)}/`, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(locations(response)).toEqual([storyPath(story)]);
  });

  test("upper-case letters answer 308 to the lower-case path, query kept", async ({ request }) => {
    const response = await request.get(`${storyPath(story).toUpperCase()}?ref=Newsletter`, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(locations(response)).toEqual([`${storyPath(story)}?ref=Newsletter`]);
    const followed = await request.get(storyPath(story).toUpperCase());
    expect(followed.status()).toBe(200);
    expect(new URL(followed.url()).pathname).toBe(storyPath(story));
  });

  test("every other way of writing a URL reaches it in one 308", async ({ request, baseURL }) => {
    const path = storyPath(story);
    const section = `/${story.sectionSlug}`;
    const forms: [string, string][] = [
      [section.toUpperCase(), section],
      [`${section}/`, section],
      [`/${section}`, section],
      [`${section.toUpperCase()}/`, section],
      [`/${section.toUpperCase()}//`, section],
      [path.toUpperCase(), path],
      [`${path}/`, path],
      [`/${path}`, path],
      [`/${path.toUpperCase().slice(1).replace("/", "//")}/?ref=Mail`, `${path}?ref=Mail`],
    ];
    for (const [form, canonical] of forms) {
      // Absolute, so that `//world` is a path and not a host name.
      const response = await request.get(new URL(baseURL!).origin + form, { maxRedirects: 0 });
      expect(response.status(), form).toBe(308);
      expect(locations(response), form).toEqual([canonical]);
      expect((await request.get(canonical, { maxRedirects: 0 })).status(), canonical).toBe(200);
    }
  });

  test("?page=1 answers 308 to the bare listing", async ({ request }) => {
    const response = await request.get(`/${story.sectionSlug}?page=1`, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(locations(response)).toEqual([`/${story.sectionSlug}`]);
  });
});

test.describe("recorded redirects", () => {
  // Each run uses paths nobody has requested, since a miss is cached like a hit.
  const fresh = `moved-${Date.now().toString(36)}`;

  test("an article's old path answers 308 to its new one", async ({ request }) => {
    const story = visibleStories()[1]!;
    const oldPath = `/${story.sectionSlug}/${fresh}`;
    recordRedirect(oldPath, storyPath(story));
    const response = await request.get(oldPath, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(locations(response)).toEqual([storyPath(story)]);
    expect((await request.get(oldPath)).status()).toBe(200);
  });

  test("a section's old path answers 308 to its new one", async ({ request }) => {
    const section = visibleStories()[0]!.sectionSlug;
    recordRedirect(`/${fresh}`, `/${section}`, 301);
    const response = await request.get(`/${fresh}`, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(locations(response)).toEqual([`/${section}`]);
  });

  test("an old slug or section written another way reaches the story in one 308", async ({ request, baseURL }) => {
    const story = visibleStories()[2]!;
    const oldSlug = `/${story.sectionSlug}/${fresh}-old-slug`;
    const oldSection = `/${fresh}-old-section/${story.slug}`;
    recordRedirect(oldSlug, storyPath(story));
    recordRedirect(oldSection, storyPath(story));
    for (const form of [
      `${oldSlug.toUpperCase()}/`,
      `/${oldSlug}`,
      `${oldSection}/`,
      `/${fresh.toUpperCase()}-Old-Section/${story.slug}/`,
      `/${oldSection.toUpperCase()}?utm_source=x`,
    ]) {
      const response = await request.get(new URL(baseURL!).origin + form, { maxRedirects: 0 });
      expect(response.status(), form).toBe(308);
      const [location, ...more] = locations(response);
      expect(more, form).toEqual([]);
      expect(new URL(location!, "http://x").pathname, form).toBe(storyPath(story));
      expect((await request.get(location!, { maxRedirects: 0 })).status(), form).toBe(200);
    }
  });

  test("a path with no page and no redirect is a real 404", async ({ request }) => {
    for (const path of [`/${fresh}-gone`, `/world/${fresh}-gone`, `/tag/${fresh}-gone`, "/a/b/c"]) {
      expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
    }
  });
});

test("no unpublished story appears on a tag or author listing", async ({ request }) => {
  const hidden = hiddenStories();
  const pages = [
    `/tag/${busiestTag().slug}`,
    "/author/news-desk",
    ...new Set(visibleStories().map((s) => `/${s.sectionSlug}`)),
  ];
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    for (const story of hidden) expect(html, `${story.slug} on ${path}`).not.toContain(`href="${storyPath(story)}"`);
  }
});
