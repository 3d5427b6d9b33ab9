import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { makeArticle, makeAuthor, makeSection } from "@/lib/testing/fixtures";
import { deriveBodyFields } from "@/lib/content/derive";
import { documentFromMarkdown } from "@/lib/editor/from-markdown";
import { MAX_SEARCH_PAGES, SEARCH_PAGE_SIZE, searchArticles, searchArticlesForDesk, type Segment } from "./index";

// Runs against SQLite (FTS5) by default and against PostgreSQL in `npm run test:pg`.
const temp = createTempDatabase();
const { db } = temp;
afterAll(() => temp.cleanup());

const DAY = 86_400_000;
const slugs = (r: { hits: { article: { slug: string } }[] }) => r.hits.map((h) => h.article.slug);
const marked = (segments: Segment[]) => segments.filter((s) => s.match).map((s) => s.text.toLowerCase());

let world = "";
let business = "";
let writer = "";

beforeAll(async () => {
  world = (await makeSection(db, "world")).id;
  business = (await makeSection(db, "business")).id;
  writer = (await makeAuthor(db, "writer")).id;
  const at = (days: number) => new Date(Date.now() - days * DAY);
  await makeArticle(db, {
    sectionId: world,
    slug: "treaty-headline",
    title: "Water treaty signed in Kabul",
    body: "Ministers met for an hour.",
    publishedAt: at(3),
  });
  await makeArticle(db, {
    sectionId: business,
    slug: "treaty-body",
    title: "Markets steady",
    body: "Traders shrugged off news of a water treaty between neighbours, and the elections ahead.",
    publishedAt: at(1),
  });
  await makeArticle(db, {
    sectionId: world,
    slug: "treaty-standfirst",
    title: "Dams and rivers",
    standfirst: "Why the treaty matters",
    body: "Long read.",
    publishedAt: at(40),
  });
  await makeArticle(db, {
    sectionId: world,
    slug: "treaty-draft",
    title: "Treaty draft leaked",
    status: "DRAFT",
    authorIds: [writer],
  });
  await makeArticle(db, {
    sectionId: world,
    slug: "treaty-future",
    title: "Treaty embargoed",
    publishedAt: new Date(Date.now() + DAY),
  });
  await makeArticle(db, { sectionId: world, slug: "treaty-trashed", title: "Treaty binned", deletedAt: new Date() });
  await makeArticle(db, {
    sectionId: world,
    slug: "treaty-archived",
    title: "Treaty archive",
    status: "ARCHIVED",
    publishedAt: at(900),
  });
});

describe("reader search", () => {
  it("ranks a headline match above a standfirst match above a body match", async () => {
    const r = await searchArticles(db, "treaty");
    expect(slugs(r)).toEqual(["treaty-headline", "treaty-standfirst", "treaty-body"]);
    expect(r.total).toBe(3);
    expect(r.moreThan).toBe(false);
  });

  it("shows only published stories whose time has come", async () => {
    const r = await searchArticles(db, "treaty");
    expect(slugs(r).some((s) => /draft|future|trashed|archived/.test(s))).toBe(false);
  });

  it("highlights the words that matched in the headline and the snippet", async () => {
    const [top, , body] = (await searchArticles(db, "treaty")).hits;
    expect(marked(top!.headline)).toEqual(["treaty"]);
    expect(top!.headline.map((s) => s.text).join("")).toBe("Water treaty signed in Kabul");
    expect(marked(body!.snippet)).toContain("treaty");
  });

  it("finds other forms of a word (stemming) and prefixes", async () => {
    expect(slugs(await searchArticles(db, "election"))).toEqual(["treaty-body"]);
    expect(slugs(await searchArticles(db, "neighbour*"))).toEqual(["treaty-body"]);
  });

  it("matches a quoted phrase only when its words are adjacent", async () => {
    expect(slugs(await searchArticles(db, '"water treaty"')).sort()).toEqual(["treaty-body", "treaty-headline"]);
    expect(slugs(await searchArticles(db, '"treaty water"'))).toEqual([]);
  });

  it("requires every word", async () => {
    expect(slugs(await searchArticles(db, "treaty Kabul"))).toEqual(["treaty-headline"]);
  });

  it("filters by section and by publication date", async () => {
    expect(slugs(await searchArticles(db, "treaty", { section: "business" }))).toEqual(["treaty-body"]);
    expect(slugs(await searchArticles(db, "treaty", { section: "no-such-section" }))).toEqual([]);
    const lastWeek = await searchArticles(db, "treaty", { from: new Date(Date.now() - 7 * DAY) });
    expect(slugs(lastWeek).sort()).toEqual(["treaty-body", "treaty-headline"]);
    const before = await searchArticles(db, "treaty", { to: new Date(Date.now() - 2 * DAY) });
    expect(slugs(before).sort()).toEqual(["treaty-headline", "treaty-standfirst"]);
  });

  it("keeps the index in step with edits and deletions", async () => {
    const article = await makeArticle(db, { sectionId: world, slug: "edited", title: "Harbour cranes idle" });
    expect(slugs(await searchArticles(db, "cranes"))).toEqual(["edited"]);
    await db.article.update({
      where: { id: article.id },
      data: {
        title: "Harbour reopens",
        ...deriveBodyFields(documentFromMarkdown("Cranes swing again at the container port.")),
      },
    });
    expect(slugs(await searchArticles(db, "reopens"))).toEqual(["edited"]);
    expect(marked((await searchArticles(db, "container")).hits[0]!.snippet)).toEqual(["container"]);
    await db.article.update({ where: { id: article.id }, data: { status: "DRAFT" } });
    expect(slugs(await searchArticles(db, "reopens"))).toEqual([]);
    await db.article.delete({ where: { id: article.id } });
    expect((await searchArticlesForDesk(db, "reopens")).hits).toEqual([]);
  });

  it.each([
    '"',
    '"unclosed phrase',
    "treaty AND OR NOT",
    "NEAR(treaty water, 2)",
    "title:treaty",
    "-treaty ^water +kabul",
    "*",
    "🙂 treaty 🚀",
    '\'; DROP TABLE "Article"; --',
    "\\ % _ ' ` $1 ? :name",
    "x".repeat(2000),
    "treaty ".repeat(400),
    "",
    "   ",
  ])("never fails on odd input #%#", async (input) => {
    const r = await searchArticles(db, input);
    expect(Array.isArray(r.hits)).toBe(true);
    expect(r.query.length).toBeLessThanOrEqual(200);
  });

  it("still finds the words around odd characters", async () => {
    expect(slugs(await searchArticles(db, "🙂 Kabul!!"))).toEqual(["treaty-headline"]);
  });
});

describe("pagination", () => {
  const total = SEARCH_PAGE_SIZE + 4;
  beforeAll(async () => {
    for (let i = 0; i < total; i++) {
      await makeArticle(db, {
        sectionId: business,
        slug: `tariff-${i}`,
        title: `Tariff note ${i}`,
        publishedAt: new Date(Date.now() - (i + 1) * 60_000),
      });
    }
  });

  it("pages through every match once, with a total", async () => {
    const [one, two] = await Promise.all([searchArticles(db, "tariff"), searchArticles(db, "tariff", { page: 2 })]);
    expect(one.total).toBe(total);
    expect(one.totalPages).toBe(2);
    expect(one.hits).toHaveLength(SEARCH_PAGE_SIZE);
    expect(two.hits).toHaveLength(4);
    expect(new Set([...slugs(one), ...slugs(two)]).size).toBe(total);
  });

  it("bounds the page number instead of failing", async () => {
    expect((await searchArticles(db, "tariff", { page: 10_000 })).page).toBe(MAX_SEARCH_PAGES);
    expect((await searchArticles(db, "tariff", { page: -3 })).page).toBe(1);
    expect((await searchArticles(db, "tariff", { page: Number.NaN })).page).toBe(1);
  });
});

describe("desk search", () => {
  it("finds stories in every status except the trash", async () => {
    const r = await searchArticlesForDesk(db, "treaty");
    expect(r.hits.map((h) => h.title)).toEqual(
      expect.arrayContaining([
        "Treaty draft leaked",
        "Treaty embargoed",
        "Treaty archive",
        "Water treaty signed in Kabul",
      ]),
    );
    expect(r.hits.map((h) => h.title)).not.toContain("Treaty binned");
    const draft = r.hits.find((h) => h.title === "Treaty draft leaked")!;
    expect(draft).toMatchObject({ status: "DRAFT", section: "world", authors: ["writer"], publishedAt: null });
    expect(marked(draft.headline)).toEqual(["treaty"]);
  });

  it("filters by status, byline, section and the trash", async () => {
    expect((await searchArticlesForDesk(db, "treaty", { statuses: ["DRAFT"] })).hits.map((h) => h.title)).toEqual([
      "Treaty draft leaked",
    ]);
    expect((await searchArticlesForDesk(db, "treaty", { authorId: writer })).hits.map((h) => h.title)).toEqual([
      "Treaty draft leaked",
    ]);
    expect((await searchArticlesForDesk(db, "treaty", { sectionId: business })).hits.map((h) => h.title)).toEqual([
      "Markets steady",
    ]);
    expect((await searchArticlesForDesk(db, "treaty", { trashed: true })).hits.map((h) => h.title)).toEqual([
      "Treaty binned",
    ]);
  });

  it("filters by when a story last changed", async () => {
    const r = await searchArticlesForDesk(db, "treaty", { from: new Date(Date.now() + DAY) });
    expect(r.hits).toEqual([]);
  });
});
