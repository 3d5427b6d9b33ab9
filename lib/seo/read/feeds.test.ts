import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeArticle, makeAuthor, makeSection, makeTag } from "@/lib/testing/fixtures";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { FEED_SIZE, findFeedItems } from "./feeds";

const temp = createTempDatabase();
const { db } = temp;
afterAll(() => temp.cleanup());

const ids = { world: "", business: "", writer: "", other: "", trade: "" };

beforeAll(async () => {
  ids.world = (await makeSection(db, "world")).id;
  ids.business = (await makeSection(db, "business")).id;
  ids.writer = (await makeAuthor(db, "writer")).id;
  ids.other = (await makeAuthor(db, "other")).id;
  ids.trade = (await makeTag(db, "trade")).id;
  await makeArticle(db, {
    sectionId: ids.world,
    authorIds: [ids.writer],
    tagIds: [ids.trade],
    slug: "world-trade",
    title: "World & trade",
    body: "First **bold** paragraph.",
  });
  await makeArticle(db, { sectionId: ids.business, authorIds: [ids.other], slug: "business-only" });
  await makeArticle(db, {
    sectionId: ids.world,
    authorIds: [ids.writer],
    tagIds: [ids.trade],
    slug: "draft",
    status: "DRAFT",
  });
  await makeArticle(db, {
    sectionId: ids.world,
    authorIds: [ids.writer],
    tagIds: [ids.trade],
    slug: "future",
    publishedAt: new Date(Date.now() + 3_600_000),
  });
  await makeArticle(db, {
    sectionId: ids.world,
    authorIds: [ids.writer],
    tagIds: [ids.trade],
    slug: "trashed",
    deletedAt: new Date(),
  });
});

const slugs = (items: { path: string }[]) => items.map((i) => i.path.split("/").pop());

describe("feeds", () => {
  it("carry only published stories, newest first", async () => {
    expect(slugs(await findFeedItems(db, { kind: "site" }))).toEqual(["world-trade", "business-only"]);
  });

  it("narrow to a section, a tag or an author", async () => {
    expect(slugs(await findFeedItems(db, { kind: "section", id: ids.business, slug: "business" }))).toEqual([
      "business-only",
    ]);
    expect(slugs(await findFeedItems(db, { kind: "tag", id: ids.trade, slug: "trade" }))).toEqual(["world-trade"]);
    expect(slugs(await findFeedItems(db, { kind: "author", id: ids.writer, slug: "writer" }))).toEqual(["world-trade"]);
  });

  it("reshape a story into a feed item with its body HTML and byline", async () => {
    const [item] = await findFeedItems(db, { kind: "tag", id: ids.trade, slug: "trade" });
    expect(item).toMatchObject({
      path: "/world/world-trade",
      title: "World & trade",
      section: { slug: "world" },
      authors: [{ name: "writer", slug: "writer" }],
      tags: [{ name: "trade", slug: "trade" }],
      image: null,
    });
    expect(item!.html).toContain("<strong>bold</strong>");
    expect(item!.modifiedAt).toBe(item!.publishedAt);
  });

  it("draw each body from its stored document, as its page does, and survive one that cannot be read", async () => {
    const quoted = await makeArticle(db, { sectionId: ids.business, slug: "quoted" });
    const pullQuote = {
      type: "pullQuote",
      attrs: { attribution: "A minister" },
      content: [{ type: "text", text: "Words" }],
    };
    await db.article.update({
      where: { id: quoted.id },
      data: { body: JSON.stringify({ type: "doc", content: [pullQuote] }) },
    });
    const broken = await makeArticle(db, { sectionId: ids.business, slug: "broken" });
    await db.article.update({ where: { id: broken.id }, data: { body: "{not json" } });

    const items = await findFeedItems(db, { kind: "section", id: ids.business, slug: "business" });
    const html = (slug: string) => items.find((i) => i.path.endsWith(`/${slug}`))!.html;
    expect(html("quoted")).toBe("<aside><p>Words</p><p>A minister</p></aside>");
    expect(html("broken")).toBe("");
    await db.article.deleteMany({ where: { id: { in: [quoted.id, broken.id] } } });
  });

  it("stop at the feed size", async () => {
    for (let i = 0; i < FEED_SIZE + 2; i++) await makeArticle(db, { sectionId: ids.business, slug: `bulk-${i}` });
    expect(await findFeedItems(db, { kind: "site" })).toHaveLength(FEED_SIZE);
  });
});
