import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { findFrontPage } from "@/lib/content/read/articles";
import { parseDocument } from "@/lib/editor/document";
import { documentToHtml } from "@/lib/editor/to-html";
import { LocalMediaStorage } from "@/lib/media/storage/local";
import { CORRECTED_SLUG, EMBARGOED_SLUG, EXPIRED_BREAKING_SLUG } from "./newsroom";
import { demoArticles, demoTime, seedDemoContent } from "./seed";

const temp = createTempDatabase();
const { db } = temp;
const mediaRoot = mkdtempSync(path.join(tmpdir(), "broadsheet-seed-media-"));
const storage = new LocalMediaStorage(mediaRoot);
afterAll(async () => {
  await temp.cleanup();
  rmSync(mediaRoot, { recursive: true, force: true });
});

let firstRun = false;
beforeAll(async () => {
  firstRun = await seedDemoContent(db, storage);
}, 60_000);

describe("demo publication", () => {
  it("seeds an empty database once and is idempotent", async () => {
    expect(firstRun).toBe(true);
    const before = await db.article.count();
    expect(await seedDemoContent(db, storage)).toBe(false);
    expect(await db.article.count()).toBe(before);
  });

  it("has 7+ sections, 6+ authors with bios and a News Desk byline", async () => {
    expect(await db.section.count()).toBeGreaterThanOrEqual(7);
    const authors = await db.user.findMany({ where: { bylines: { some: {} } } });
    expect(authors.length).toBeGreaterThanOrEqual(6);
    expect(authors.every((a) => a.bio.length > 40)).toBe(true);
    expect(authors.map((a) => a.name)).toContain("News Desk");
    // No account can sign in: a fresh install has no default password.
    expect(await db.user.count({ where: { passwordHash: { not: null } } })).toBe(0);
  });

  it("has 40+ published stories of 400 to 1,200 words with subheads, quotes, datelines and tags", async () => {
    // A live page's body is a short introduction; its updates carry the story.
    const published = await db.article.findMany({
      where: { status: "PUBLISHED", live: false },
      include: { tags: true },
    });
    expect(published.length).toBeGreaterThanOrEqual(40);
    for (const a of published) {
      expect(a.wordCount, a.slug).toBeGreaterThanOrEqual(400);
      expect(a.wordCount, a.slug).toBeLessThanOrEqual(1200);
      const body = parseDocument(a.body);
      expect(body.ok, a.slug).toBe(true);
      const html = body.ok ? documentToHtml(body.doc) : "";
      expect(html, a.slug).toContain("<h2>");
      expect(html, a.slug).toContain("<blockquote>");
      expect(a.dateline, a.slug).not.toBe("");
      expect(a.tags.length, a.slug).toBeGreaterThan(0);
    }
    expect(published.filter((a) => a.featured).length).toBeGreaterThanOrEqual(3);
  });

  it("spreads publication dates over several months", async () => {
    const dates = (await db.article.findMany({ where: { status: "PUBLISHED" }, select: { publishedAt: true } })).map(
      (a) => a.publishedAt!.getTime(),
    );
    expect((Math.max(...dates) - Math.min(...dates)) / 86_400_000).toBeGreaterThan(90);
    expect(Math.max(...dates)).toBeLessThanOrEqual(Date.now());
  });

  it("includes drafts and a future scheduled story that readers never see", async () => {
    const scheduled = await db.article.findMany({ where: { status: "SCHEDULED" } });
    expect(scheduled.length).toBeGreaterThanOrEqual(1);
    expect(scheduled.every((a) => a.scheduledFor! > new Date() && a.publishedAt === null)).toBe(true);
    expect(await db.article.count({ where: { status: "DRAFT" } })).toBeGreaterThanOrEqual(2);
    const front = await findFrontPage(db);
    const shown = [front.lead, ...front.top, ...front.latest, ...front.sections.flatMap((s) => s.articles)].map(
      (a) => a?.slug,
    );
    const unpublished = demoArticles.filter((a) => a.status && a.status !== "PUBLISHED").map((a) => a.slug);
    expect(shown.filter((s) => unpublished.includes(s!))).toEqual([]);
  });

  it("gives every image alt text", async () => {
    const media = await db.media.findMany();
    expect(media.length).toBeGreaterThanOrEqual(5);
    expect(media.every((m) => m.alt.length > 10 && m.blurDataUrl?.startsWith("data:image/"))).toBe(true);
  });

  it("puts its images in the media library, stored by content hash, and uses them in articles", async () => {
    const media = await db.media.findMany();
    for (const m of media) {
      expect(m.storageKey).toBe(`${m.contentHash!.slice(0, 32)}.webp`);
      expect(await storage.exists(m.storageKey), m.storageKey).toBe(true);
    }
    const ids = new Set(media.map((m) => m.id));
    const featured = await db.article.findMany({
      where: { featuredImageId: { not: null } },
      select: { featuredImageId: true },
    });
    expect(featured.length).toBeGreaterThan(10);
    expect(featured.every((a) => ids.has(a.featuredImageId!))).toBe(true);
    const bodies = (await db.article.findMany({ select: { body: true } })).map((a) => parseDocument(a.body));
    const bodyImages = bodies.flatMap((p) => (p.ok ? p.doc.content.filter((b) => b.type === "image") : []));
    expect(bodyImages.length).toBeGreaterThan(0);
    for (const img of bodyImages) {
      const m = media.find((x) => x.id === img.attrs.mediaId);
      expect(img.attrs.src).toBe(`/media/${m?.storageKey}`);
      expect([img.attrs.width, img.attrs.height]).toEqual([m?.width, m?.height]);
    }
  });

  it("has unique slugs", () => {
    const slugs = demoArticles.map((a) => a.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });
});

describe("demoTime", () => {
  const now = new Date("2026-06-15T12:00:00Z");
  it("places a story days before now at its local hour", () => {
    expect(demoTime({ daysAgo: 2, hour: 9 }, now).toISOString()).toBe("2026-06-13T04:00:00.000Z");
  });
  it("never puts a published story in the future", () => {
    expect(demoTime({ daysAgo: 0, hour: 21 }, now).getTime()).toBeLessThan(now.getTime());
  });
  it("puts scheduled stories ahead", () => {
    expect(demoTime({ daysAgo: -2, hour: 9 }, now).getTime()).toBeGreaterThan(now.getTime());
  });
});

describe("newsroom demo", () => {
  it("has a corrected story, an expired breaking alert and an embargoed story", async () => {
    const corrected = await db.article.findUniqueOrThrow({
      where: { slug: CORRECTED_SLUG },
      include: { corrections: true },
    });
    expect(corrected.corrections).toHaveLength(1);
    expect(corrected.corrections[0]!.revisionId).not.toBeNull();
    const breaking = await db.article.findUniqueOrThrow({ where: { slug: EXPIRED_BREAKING_SLUG } });
    expect(breaking.breaking).toBe(true);
    expect(breaking.breakingUntil!.getTime()).toBeLessThan(Date.now());
    const embargoed = await db.article.findUniqueOrThrow({ where: { slug: EMBARGOED_SLUG } });
    expect(embargoed.embargoUntil!.getTime()).toBeGreaterThan(Date.now());
  });
});

describe("demo newsroom", () => {
  it("runs a live page with several updates, key events among them", async () => {
    const live = await db.article.findFirstOrThrow({
      where: { live: true, liveEndedAt: null, status: "PUBLISHED" },
      include: { liveUpdates: true },
    });
    expect(live.liveUpdates.length).toBeGreaterThanOrEqual(5);
    expect(live.liveUpdates.some((u) => u.keyEvent)).toBe(true);
    expect(live.liveUpdates.every((u) => u.publishedAt <= new Date() && u.publishedAt >= live.liveStartedAt!)).toBe(
      true,
    );
  });
});

describe("demo budget", () => {
  it("plans several stories for the day it was seeded, in the publication's time zone", async () => {
    const { timeZone } = await db.setting.findUniqueOrThrow({ where: { id: "site" } });
    const today = new Intl.DateTimeFormat("en-CA", { timeZone }).format(new Date());
    const items = await db.budgetItem.findMany({
      where: { day: new Date(`${today}T00:00:00.000Z`) },
      orderBy: { position: "asc" },
    });
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i));
    expect(new Set(items.map((i) => i.status)).size).toBeGreaterThanOrEqual(3);
  });
});

describe("demo reading", () => {
  it("has view counts for several stories, so the Most read rail is populated", async () => {
    const { findMostRead } = await import("@/lib/most-read/read");
    const rail = await findMostRead(db, 5);
    expect(rail).toHaveLength(5);
    expect(rail.map((e) => e.views)).toEqual([...rail.map((e) => e.views)].sort((a, b) => b - a));
  });
});
