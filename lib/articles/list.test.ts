import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { makeArticle, makeAuthor, makeSection } from "@/lib/testing/fixtures";
import { deskListQuery, deskViewer, listDeskArticles } from "./list";

const temp = createTempDatabase();
const { db } = temp;
afterAll(() => temp.cleanup());

const query = (params: Record<string, string>) => deskListQuery.parse(params);
let world = "";
let writer = "";

beforeAll(async () => {
  world = (await makeSection(db, "world", 0)).id;
  const business = (await makeSection(db, "business", 1)).id;
  writer = (await makeAuthor(db)).id;
  await makeArticle(db, {
    sectionId: world,
    title: "Harbour cranes idle",
    body: "The port waits for the glacier thaw.",
    authorIds: [writer],
  });
  await makeArticle(db, { sectionId: world, title: "Glacier retreat measured", body: "Surveyors returned in spring." });
  await makeArticle(db, { sectionId: business, title: "Draft on glacier tourism", status: "DRAFT", body: "Notes." });
  await makeArticle(db, { sectionId: world, title: "Binned glacier piece", deletedAt: new Date(), body: "Gone." });
  await makeArticle(db, { sectionId: world, title: "Unrelated budget story", body: "Numbers only." });
});

describe("the desk's article list", () => {
  it("searches headline and body text through the full-text index, headline matches first", async () => {
    const list = await listDeskArticles(db, query({ q: "glacier" }));
    expect(
      list.items
        .slice(0, 2)
        .map((r) => r.title)
        .sort(),
    ).toEqual(["Draft on glacier tourism", "Glacier retreat measured"]);
    expect(list.items.at(-1)!.title).toBe("Harbour cranes idle");
    expect(list.total).toBe(3);
  });

  it("keeps the status, section and author filters while searching", async () => {
    expect((await listDeskArticles(db, query({ q: "glacier", status: "DRAFT" }))).items.map((r) => r.title)).toEqual([
      "Draft on glacier tourism",
    ]);
    expect(
      (await listDeskArticles(db, query({ q: "glacier", section: world }))).items.map((r) => r.title).sort(),
    ).toEqual(["Glacier retreat measured", "Harbour cranes idle"]);
    expect((await listDeskArticles(db, query({ q: "glacier", author: writer }))).items.map((r) => r.title)).toEqual([
      "Harbour cranes idle",
    ]);
    expect((await listDeskArticles(db, query({ q: "glacier", status: "TRASH" }))).items.map((r) => r.title)).toEqual([
      "Binned glacier piece",
    ]);
  });

  it("shows a search hit with the same row as the plain list (embargo, schedule, trash, last editor)", async () => {
    const hit = (await listDeskArticles(db, query({ q: "retreat" }))).items[0]!;
    await db.article.update({
      where: { id: hit.id },
      data: { embargoUntil: new Date("2030-01-01T00:00:00Z"), lastEditorId: writer },
    });
    const [searched] = (await listDeskArticles(db, query({ q: "retreat" }))).items;
    const listed = (await listDeskArticles(db, query({}))).items.find((r) => r.id === hit.id);
    expect(searched).toEqual(listed);
    expect(searched).toMatchObject({
      embargoUntil: "2030-01-01T00:00:00.000Z",
      trashed: false,
      lastEditor: expect.any(String),
    });
    const trashed = (await listDeskArticles(db, query({ q: "glacier", status: "TRASH" }))).items[0]!;
    expect(trashed.trashed).toBe(true);
  });

  it("finds nothing, without an error, for odd input", async () => {
    for (const q of ['"', "AND OR NOT", "🙂", "x".repeat(200)])
      expect((await listDeskArticles(db, query({ q }))).total).toBe(0);
  });

  it("shows someone who may not open everyone's stories only their own and published ones, in the list and in search", async () => {
    const own = await makeArticle(db, {
      sectionId: world,
      title: "Own glacier draft",
      status: "DRAFT",
      body: "Mine.",
      authorIds: [writer],
    });
    const viewer = deskViewer({ id: writer, role: "AUTHOR" });
    expect(viewer).toBe(writer);
    expect(deskViewer({ id: writer, role: "EDITOR" })).toBeUndefined();
    const drafts = await listDeskArticles(db, query({ status: "DRAFT" }), viewer);
    expect(drafts.items.map((r) => r.id)).toEqual([own.id]);
    const found = (await listDeskArticles(db, query({ q: "glacier" }), viewer)).items.map((r) => r.title).sort();
    // "Glacier retreat measured" is published but under embargo (set above): readers can't see it yet, nor can they.
    expect(found).toEqual(["Harbour cranes idle", "Own glacier draft"]);
    // Nobody else's draft headline, not even through search.
    expect(found).not.toContain("Draft on glacier tourism");
    await db.article.delete({ where: { id: own.id } });
  });

  // A search that lists a story by a word prefix tells what the story says, word by word: the
  // rule is in the query itself, so no status, trash or prefix filter can reach past it.
  it("never matches another person's unpublished, embargoed or binned story by a body prefix, whatever the filters", async () => {
    const other = (await makeAuthor(db)).id;
    const secret = async (title: string, data: Partial<Parameters<typeof makeArticle>[1]>, embargoUntil?: Date) => {
      const a = await makeArticle(db, { sectionId: world, title, body: "The quorvantine settlement holds.", ...data });
      if (embargoUntil) await db.article.update({ where: { id: a.id }, data: { embargoUntil } });
      return a;
    };
    await secret("Private draft", { status: "DRAFT", authorIds: [other] });
    await secret("Awaiting review", { status: "IN_REVIEW", authorIds: [other] });
    await secret("Scheduled piece", { status: "SCHEDULED", publishedAt: null, authorIds: [other] });
    await secret("Published, held", { authorIds: [other] }, new Date("2099-01-01T00:00:00Z"));
    await secret("Published tomorrow", { authorIds: [other], publishedAt: new Date(Date.now() + 86_400_000) });
    await secret("Published, binned", { authorIds: [other], deletedAt: new Date() });
    await secret("Published, open", { authorIds: [other] });
    const mine = await secret("Mine, draft", { status: "DRAFT", authorIds: [writer] });

    const viewer = deskViewer({ id: writer, role: "CONTRIBUTOR" });
    const seen = new Set<string>();
    for (const status of [undefined, "DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "ARCHIVED", "TRASH"])
      for (const q of ["quorvan*", "quorvantine", "quor*"])
        for (const r of (await listDeskArticles(db, query({ q, ...(status ? { status } : {}) }), viewer)).items)
          seen.add(r.title);
    expect([...seen].sort()).toEqual(["Mine, draft", "Published, open"]);

    const editor = deskViewer({ id: "someone", role: "EDITOR" });
    expect((await listDeskArticles(db, query({ q: "quorvan*" }), editor)).total).toBe(7);
    await db.article.delete({ where: { id: mine.id } });
  });
});
