import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeArticle, makeAuthor, makeSection, makeTag } from "@/lib/testing/fixtures";
import { createTempDatabase } from "@/lib/testing/temp-db";
import {
  articleChunkLastmod,
  articleChunkStart,
  articleSitemapSlice,
  authorSitemap,
  countSitemapArticles,
  newsSitemap,
  sectionSitemap,
  tagSitemap,
} from "./sitemaps";

// Sitemaps list exactly what readers can open: published, its time come, not in the trash.
const temp = createTempDatabase();
const { db } = temp;
afterAll(() => temp.cleanup());

const HOUR = 3_600_000;
const now = new Date();
const ago = (hours: number) => new Date(now.getTime() - hours * HOUR);

beforeAll(async () => {
  const world = await makeSection(db, "world", 0);
  await makeSection(db, "quiet", 1);
  const writer = await makeAuthor(db, "writer");
  const drafter = await makeAuthor(db, "drafter");
  const trade = await makeTag(db, "trade");
  const unused = await makeTag(db, "unused");
  const common = { sectionId: world.id, authorIds: [writer.id], tagIds: [trade.id] };
  const media = await db.media.create({
    data: {
      storageKey: "demo/harbour.webp",
      originalName: "harbour.webp",
      mimeType: "image/webp",
      size: 1,
      width: 1500,
      height: 1000,
    },
  });

  await makeArticle(db, { ...common, slug: "oldest", publishedAt: ago(200) });
  const revised = await makeArticle(db, { ...common, slug: "revised", publishedAt: ago(100) });
  await db.article.update({ where: { id: revised.id }, data: { revisedAt: ago(1), featuredImageId: media.id } });
  await makeArticle(db, { ...common, slug: "yesterday", publishedAt: ago(30) });
  await makeArticle(db, { ...common, slug: "fresh", publishedAt: ago(2) });

  const hidden = { sectionId: world.id, authorIds: [drafter.id], tagIds: [unused.id] };
  await makeArticle(db, { ...hidden, slug: "a-draft", status: "DRAFT" });
  await makeArticle(db, { ...hidden, slug: "in-review", status: "IN_REVIEW" });
  await makeArticle(db, {
    ...hidden,
    slug: "scheduled",
    status: "SCHEDULED",
    publishedAt: new Date(now.getTime() + HOUR),
  });
  await makeArticle(db, { ...hidden, slug: "archived", status: "ARCHIVED", publishedAt: ago(3) });
  await makeArticle(db, { ...hidden, slug: "future", publishedAt: new Date(now.getTime() + HOUR) });
  await makeArticle(db, { ...hidden, slug: "trashed", publishedAt: ago(3), deletedAt: now });
});

describe("article sitemaps", () => {
  it("count and list only published stories, oldest first", async () => {
    expect(await countSitemapArticles(db, now)).toBe(4);
    const { urls } = await articleSitemapSlice(db, null, 100, now);
    expect(urls.map((u) => u.path)).toEqual(["/world/oldest", "/world/revised", "/world/yesterday", "/world/fresh"]);
  });

  it("date each story by its latest revision and list its picture", async () => {
    const revised = (await articleSitemapSlice(db, null, 100, now)).urls.find((u) => u.path === "/world/revised")!;
    expect(revised.lastmod).toBe(ago(1).toISOString());
    expect(revised.images).toEqual(["/media/demo/harbour.webp"]);
    const oldest = (await articleSitemapSlice(db, null, 1, now)).urls[0]!;
    expect(oldest.lastmod).toBe(ago(200).toISOString());
    expect(oldest.images).toBeUndefined();
  });

  it("read in slices, each starting after the last, without gaps or repeats", async () => {
    const paths: string[] = [];
    let after = null;
    for (;;) {
      const slice = await articleSitemapSlice(db, after, 1, now);
      paths.push(...slice.urls.map((u) => u.path));
      if (!slice.last) break;
      after = slice.last;
    }
    expect(paths).toEqual(["/world/oldest", "/world/revised", "/world/yesterday", "/world/fresh"]);
  });

  it("tell stories published in the same instant apart by id", async () => {
    const section = await makeSection(db, "ties");
    const at = new Date(now.getTime() - 500 * HOUR);
    for (const slug of ["tie-a", "tie-b", "tie-c"])
      await makeArticle(db, { sectionId: section.id, slug, publishedAt: at });
    const first = await articleSitemapSlice(db, null, 2, now);
    const rest = await articleSitemapSlice(db, first.last, 100, now);
    const ties = [...first.urls, ...rest.urls].map((u) => u.path).filter((p) => p.startsWith("/ties/"));
    expect(ties.sort()).toEqual(["/ties/tie-a", "/ties/tie-b", "/ties/tie-c"]);
    await db.article.deleteMany({ where: { sectionId: section.id } });
    await db.section.delete({ where: { id: section.id } });
  });

  it("start each sitemap after the last row of the one before", async () => {
    expect(await articleChunkStart(db, 0, now)).toEqual({ after: null });
    expect(await articleChunkStart(db, 1, now)).toBeNull();
  });

  it("date a whole sitemap by its newest change", async () => {
    expect(await articleChunkLastmod(db, 0, now)).toBe(ago(1).toISOString());
    expect(await articleChunkLastmod(db, 1, now)).toBeUndefined();
  });
});

describe("news sitemap", () => {
  it("lists stories from the last 48 hours, newest first", async () => {
    const entries = await newsSitemap(db, now);
    expect(entries.map((e) => e.path)).toEqual(["/world/fresh", "/world/yesterday"]);
    expect(entries[0]).toMatchObject({ title: expect.any(String), publishedAt: ago(2).toISOString() });
  });
});

describe("listing sitemaps", () => {
  it("list the front page and every section, dated by its newest story", async () => {
    const urls = await sectionSitemap(db, now);
    expect(urls).toEqual([
      { path: "/", lastmod: ago(2).toISOString() },
      { path: "/world", lastmod: ago(2).toISOString() },
      { path: "/quiet" },
    ]);
  });

  it("list only tags and authors with a published story", async () => {
    expect(await tagSitemap(db, now)).toEqual([{ path: "/tag/trade" }]);
    expect(await authorSitemap(db, now)).toEqual([{ path: "/author/writer" }]);
  });
});
