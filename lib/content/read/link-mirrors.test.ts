import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { makeArticle, makeAuthor, makeSection, makeTag } from "@/lib/testing/fixtures";
import { findAuthor } from "./taxonomy";
import { listByAuthor, listByTag } from "./listings";

// Tag and author listings read copies of each story's status, publishedAt, deletedAt and embargo kept on
// its tag and byline links by database triggers (prisma/sql/*/listings.sql). Every change the
// desk can make to a story must reach them at once. Runs on SQLite and, in test:pg, PostgreSQL.
const temp = createTempDatabase();
const { db } = temp;
afterAll(() => temp.cleanup());

let sectionId = "";
let tagId = "";
let authorId = "";
const slugs = async () => ({
  tag: (await listByTag(db, tagId, 1)).items.map((a) => a.slug),
  author: (await listByAuthor(db, authorId, 1)).items.map((a) => a.slug),
});

beforeAll(async () => {
  sectionId = (await makeSection(db, "world")).id;
  tagId = (await makeTag(db, "dams")).id;
  authorId = (await makeAuthor(db, "reporter")).id;
});

describe("link mirrors", () => {
  it("copy a new story's visibility onto its links", async () => {
    await makeArticle(db, { sectionId, tagIds: [tagId], authorIds: [authorId], slug: "draft", status: "DRAFT" });
    expect(await slugs()).toEqual({ tag: [], author: [] });
    expect(await findAuthor(db, "reporter")).toBeNull();
  });

  it("follow publishing, unpublishing, the trash and a new publication time", async () => {
    const hour = 3_600_000;
    await db.article.update({
      where: { slug: "draft" },
      data: { status: "PUBLISHED", publishedAt: new Date(Date.now() - hour) },
    });
    expect(await slugs()).toEqual({ tag: ["draft"], author: ["draft"] });
    expect((await findAuthor(db, "reporter"))?.name).toBe("reporter");

    await makeArticle(db, {
      sectionId,
      tagIds: [tagId],
      authorIds: [authorId],
      slug: "newer",
      publishedAt: new Date(Date.now() - 60_000),
    });
    expect((await slugs()).tag).toEqual(["newer", "draft"]);
    await db.article.update({ where: { slug: "draft" }, data: { publishedAt: new Date() } });
    expect((await slugs()).tag).toEqual(["draft", "newer"]);

    await db.article.update({ where: { slug: "draft" }, data: { deletedAt: new Date() } });
    expect(await slugs()).toEqual({ tag: ["newer"], author: ["newer"] });
    await db.article.update({ where: { slug: "newer" }, data: { status: "ARCHIVED" } });
    expect(await slugs()).toEqual({ tag: [], author: [] });
    await db.article.update({
      where: { slug: "newer" },
      data: { publishedAt: new Date(Date.now() + hour), status: "PUBLISHED" },
    });
    expect(await slugs()).toEqual({ tag: [], author: [] });
  });

  it("follow an embargo being set, moved and lifted, on links old and new", async () => {
    const story = await makeArticle(db, {
      sectionId,
      tagIds: [tagId],
      authorIds: [authorId],
      slug: "embargoed",
      publishedAt: new Date(Date.now() - 1000),
    });
    expect((await slugs()).tag).toContain("embargoed");
    await db.article.update({ where: { id: story.id }, data: { embargoUntil: new Date(Date.now() + 3_600_000) } });
    expect((await slugs()).tag).not.toContain("embargoed");
    expect((await slugs()).author).not.toContain("embargoed");
    const late = await makeTag(db, "embargo-late");
    await db.articleTag.create({ data: { articleId: story.id, tagId: late.id } });
    expect((await listByTag(db, late.id, 1)).items).toEqual([]);
    await db.article.update({ where: { id: story.id }, data: { embargoUntil: new Date(Date.now() - 1000) } });
    expect((await slugs()).tag).toContain("embargoed");
    expect((await listByTag(db, late.id, 1)).items.map((a) => a.slug)).toEqual(["embargoed"]);
    await db.article.update({ where: { id: story.id }, data: { deletedAt: new Date() } });
  });

  it("apply to links added to an existing story", async () => {
    const later = await makeTag(db, "rivers");
    const story = await makeArticle(db, { sectionId, slug: "tagged-later", publishedAt: new Date(Date.now() - 1000) });
    await db.articleTag.create({ data: { articleId: story.id, tagId: later.id } });
    await db.article.update({ where: { id: story.id }, data: { authors: { create: [{ userId: authorId }] } } });
    expect((await listByTag(db, later.id, 1)).items.map((a) => a.slug)).toEqual(["tagged-later"]);
    expect((await slugs()).author).toEqual(["tagged-later"]);
  });
});
