import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { makeArticle, makeAuthor, makeSection, makeTag } from "@/lib/testing/fixtures";
import { embargoCheck } from "@/lib/articles/embargo";
import { publishDue, transition } from "@/lib/articles/lifecycle";
import {
  createPreviewToken,
  previewAllowedUnderEmbargo,
  previewIssuedAt,
  verifyPreviewToken,
} from "@/lib/articles/preview-token";
import { searchArticles } from "@/lib/search";
import { findFeedItems } from "@/lib/seo/read/feeds";
import { articleSitemapSlice, authorSitemap, newsSitemap, tagSitemap } from "@/lib/seo/read/sitemaps";
import { findReleasedEmbargoes } from "./embargo-release";
import { findArticle, findFrontPage, findRecent } from "./read/articles";
import { listByAuthor, listBySection, listByTag } from "./read/listings";
import { findAuthor } from "./read/taxonomy";
import { isEmbargoed } from "./visibility";

const temp = createTempDatabase();
const { db } = temp;
afterAll(() => temp.cleanup());

const HOUR = 3_600_000;
const t0 = new Date();
const later = (hours: number) => new Date(t0.getTime() + hours * HOUR);
const ids = { section: "", author: "", tag: "", embargoed: "", editor: "" };

beforeAll(async () => {
  ids.section = (await makeSection(db, "world")).id;
  ids.author = (await makeAuthor(db, "solo")).id;
  ids.tag = (await makeTag(db, "summit")).id;
  ids.editor = (
    await db.user.create({ data: { slug: "ed", name: "Ed", email: "ed@example.test", role: "EDITOR" } })
  ).id;
  // A story filed early: published in the database, but embargoed for two hours.
  const a = await makeArticle(db, {
    sectionId: ids.section,
    authorIds: [ids.author],
    tagIds: [ids.tag],
    slug: "summit-communique",
    title: "Summit communiqué agreed",
    body: "Leaders agreed a communiqué on zebrafish quotas.",
    publishedAt: new Date(t0.getTime() - HOUR),
  });
  await db.article.update({ where: { id: a.id }, data: { embargoUntil: later(2) } });
  ids.embargoed = a.id;
});

// Every reader read, at a moment: does the embargoed story appear anywhere?
async function reachable(now: Date) {
  const slug = "summit-communique";
  const cards = (xs: { slug: string }[]) => xs.some((x) => x.slug === slug);
  const front = await findFrontPage(db, now);
  const search = await searchArticles(db, "zebrafish", {}, now);
  const found = {
    article: (await findArticle(db, slug, now)) !== null,
    front: cards([
      ...(front.lead ? [front.lead] : []),
      ...front.top,
      ...front.latest,
      ...front.sections.flatMap((s) => s.articles),
    ]),
    recent: cards(await findRecent(db, 10, now)),
    section: cards((await listBySection(db, ids.section, 1, now)).items),
    tag: cards((await listByTag(db, ids.tag, 1, now)).items),
    author: cards((await listByAuthor(db, ids.author, 1, now)).items),
    authorPage: (await findAuthor(db, "solo", now)) !== null,
    search: search.hits.some((h) => h.article.slug === slug),
    feed: (await findFeedItems(db, { kind: "site" }, now)).some((i) => i.path.endsWith(slug)),
    sitemap: (await articleSitemapSlice(db, null, 100, now)).urls.some((u) => u.path.endsWith(slug)),
    newsSitemap: (await newsSitemap(db, now)).some((u) => u.path.endsWith(slug)),
    tagSitemap: (await tagSitemap(db, now)).length > 0,
    authorSitemap: (await authorSitemap(db, now)).some((u) => u.path.endsWith("solo")),
  };
  return found;
}

describe("an embargoed story", () => {
  it("is reachable by no reader read before its embargo", async () => {
    const found = await reachable(later(1));
    expect(Object.entries(found).filter(([, v]) => v)).toEqual([]);
  });

  it("appears everywhere by itself once the embargo passes", async () => {
    const found = await reachable(later(2));
    expect(Object.entries(found).filter(([, v]) => !v)).toEqual([]);
  });

  it("is found by the scheduler's sweep in the window where its embargo lifted, to refresh caches", async () => {
    expect(await findReleasedEmbargoes(db, later(1.5), later(2.5))).toEqual([ids.embargoed]);
    expect(await findReleasedEmbargoes(db, later(2), later(3))).toEqual([]);
  });

  it("knows whether an embargo holds", () => {
    expect(isEmbargoed(later(1), t0)).toBe(true);
    expect(isEmbargoed(t0, t0)).toBe(false);
    expect(isEmbargoed(null, t0)).toBe(false);
  });
});

describe("publishing under embargo", () => {
  it("schedules a story for its embargo when it is published early, and refuses an earlier schedule", () => {
    expect(embargoCheck("publish", later(2), undefined, t0)).toEqual({ ok: true, scheduleFor: later(2) });
    expect(embargoCheck("schedule", later(2), later(1), t0)).toMatchObject({ ok: false });
    expect(embargoCheck("schedule", later(2), later(3), t0)).toEqual({ ok: true });
    expect(embargoCheck("publish", later(-1), undefined, t0)).toEqual({ ok: true });
  });

  it("goes live through the scheduler only when the embargo has passed", async () => {
    const draft = await makeArticle(db, {
      sectionId: ids.section,
      authorIds: [ids.editor],
      slug: "early-draft",
      title: "Early draft",
      status: "DRAFT",
    });
    await db.article.update({ where: { id: draft.id }, data: { embargoUntil: later(1) } });
    const editor = { id: ids.editor, role: "EDITOR" as const };
    expect(
      await transition(db, editor, draft.id, "schedule", { at: new Date(t0.getTime() + 30 * 60_000), now: t0 }),
    ).toMatchObject({ ok: false });
    const published = await transition(db, editor, draft.id, "publish", { now: t0 });
    expect(published).toMatchObject({
      ok: true,
      article: { status: "SCHEDULED", scheduledFor: later(1).toISOString() },
    });
    expect(await publishDue(db, later(0.5))).toEqual([]);
    expect((await publishDue(db, later(1))).map((a) => a.id)).toEqual([draft.id]);
  });
});

describe("preview links under embargo", () => {
  it("refuses a link made before the embargo lifted, and accepts one made after", () => {
    const secret = "test-secret";
    const early = createPreviewToken("abc", secret, t0.getTime());
    expect(verifyPreviewToken(early, secret, t0.getTime())).toBe("abc");
    expect(previewIssuedAt(early)?.getTime()).toBe(t0.getTime());
    expect(previewAllowedUnderEmbargo(later(1), previewIssuedAt(early))).toBe(false);
    const after = createPreviewToken("abc", secret, later(1).getTime());
    expect(previewAllowedUnderEmbargo(later(1), previewIssuedAt(after))).toBe(true);
    expect(previewAllowedUnderEmbargo(null, previewIssuedAt(early))).toBe(true);
  });
});
