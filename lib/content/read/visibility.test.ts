import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { makeArticle, makeAuthor, makeSection, makeTag } from "@/lib/testing/fixtures";
import { findArticle, findFrontPage, findRecent, pickRelated } from "./articles";
import { listByAuthor, listBySection, listByTag } from "./listings";
import { findAuthor } from "./taxonomy";

// Only published stories whose time has come, and that are not in the trash, reach readers.
const temp = createTempDatabase();
const { db } = temp;
afterAll(() => temp.cleanup());

const hidden: Record<string, string> = {};
let sectionId = "";
let authorId = "";
let tagId = "";
let visibleSlug = "";

beforeAll(async () => {
  sectionId = (await makeSection(db, "world")).id;
  authorId = (await makeAuthor(db, "writer")).id;
  tagId = (await makeTag(db, "trade")).id;
  const common = { sectionId, authorIds: [authorId], tagIds: [tagId] };
  visibleSlug = (await makeArticle(db, { ...common, slug: "visible", featured: true })).slug;
  hidden.draft = (await makeArticle(db, { ...common, slug: "a-draft", status: "DRAFT", featured: true })).slug;
  hidden.review = (await makeArticle(db, { ...common, slug: "in-review", status: "IN_REVIEW" })).slug;
  hidden.scheduled = (
    await makeArticle(db, {
      ...common,
      slug: "scheduled",
      status: "SCHEDULED",
      publishedAt: new Date(Date.now() + 3_600_000),
    })
  ).slug;
  hidden.archived = (
    await makeArticle(db, {
      ...common,
      slug: "archived",
      status: "ARCHIVED",
      publishedAt: new Date(Date.now() - 86_400_000),
    })
  ).slug;
  hidden.future = (
    await makeArticle(db, { ...common, slug: "future", publishedAt: new Date(Date.now() + 3_600_000), featured: true })
  ).slug;
  hidden.trashed = (await makeArticle(db, { ...common, slug: "trashed", deletedAt: new Date() })).slug;
});

describe("reader visibility", () => {
  it("finds the published story", async () => {
    expect((await findArticle(db, visibleSlug))?.title).toBeTruthy();
  });

  it.each(["draft", "review", "scheduled", "archived", "future", "trashed"])(
    "hides a %s story by slug",
    async (kind) => {
      expect(await findArticle(db, hidden[kind]!)).toBeNull();
    },
  );

  it("lists only the published story everywhere", async () => {
    const slugs = async (p: Promise<{ slug: string }[]>) => (await p).map((a) => a.slug);
    expect(await slugs(findRecent(db, 50))).toEqual([visibleSlug]);
    expect(await slugs(listBySection(db, sectionId, 1).then((p) => p.items))).toEqual([visibleSlug]);
    expect(await slugs(listByTag(db, tagId, 1).then((p) => p.items))).toEqual([visibleSlug]);
    expect(await slugs(listByAuthor(db, authorId, 1).then((p) => p.items))).toEqual([visibleSlug]);
    const front = await findFrontPage(db);
    expect(front.lead?.slug).toBe(visibleSlug);
    expect(
      [...front.top, ...front.latest, ...front.sections.flatMap((s) => s.articles)]
        .map((a) => a.slug)
        .every((s) => s === visibleSlug),
    ).toBe(true);
  });

  it("never offers a hidden story as related", async () => {
    // Related stories are picked from the article's tag and section listings (getRelated).
    const article = (await findArticle(db, visibleSlug))!;
    const byTag = (await listByTag(db, tagId, 1)).items;
    const bySection = (await listBySection(db, article.sectionId, 1)).items;
    expect(pickRelated(article, [byTag], bySection, 10)).toEqual([]);
  });

  it("keeps authors without a published byline private", async () => {
    const loner = await makeAuthor(db, "only-drafts");
    await makeArticle(db, { sectionId, authorIds: [loner.id], status: "DRAFT" });
    expect(await findAuthor(db, "only-drafts")).toBeNull();
    expect(await findAuthor(db, "writer")).not.toBeNull();
  });
});
