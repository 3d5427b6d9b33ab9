import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { makeArticle, makeSection } from "@/lib/testing/fixtures";
import { findFrontPage } from "./articles";
import { listBySection, MAX_PAGE, PAGE_SIZE, parsePageParam } from "./listings";

const temp = createTempDatabase();
const { db } = temp;
afterAll(() => temp.cleanup());

describe("parsePageParam", () => {
  it.each([
    [undefined, 1],
    ["1", 1],
    ["7", 7],
    [String(MAX_PAGE), MAX_PAGE],
  ])("accepts %s", (input, page) => expect(parsePageParam(input)).toBe(page));

  it.each(["0", "-1", "abc", "1.5", "01", "", String(MAX_PAGE + 1), "9999999"])("refuses %j", (input) => {
    expect(parsePageParam(input)).toBeNull();
  });

  it("refuses repeated parameters", () => expect(parsePageParam(["1", "2"])).toBeNull());
});

describe("section pagination", () => {
  let sectionId = "";
  const total = PAGE_SIZE * 2 + 3;
  beforeAll(async () => {
    sectionId = (await makeSection(db, "business")).id;
    const base = Date.now() - 86_400_000;
    for (let i = 0; i < total; i++)
      await makeArticle(db, { sectionId, slug: `p-${i}`, publishedAt: new Date(base - i * 60_000) });
  });

  it("pages newest first without gaps or repeats", async () => {
    const pages = await Promise.all([1, 2, 3].map((n) => listBySection(db, sectionId, n)));
    expect(pages.map((p) => p.items.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 3]);
    expect(pages[0]!.totalPages).toBe(3);
    expect(pages[0]!.total).toBe(total);
    const slugs = pages.flatMap((p) => p.items.map((a) => a.slug));
    expect(slugs).toEqual(Array.from({ length: total }, (_, i) => `p-${i}`));
  });

  it("returns an empty page past the end", async () => {
    expect((await listBySection(db, sectionId, 4)).items).toEqual([]);
  });

  it("shows each story once on the front page's top slots", async () => {
    const front = await findFrontPage(db);
    const ids = [front.lead!.id, ...front.top.map((a) => a.id), ...front.latest.map((a) => a.id)];
    expect(new Set(ids).size).toBe(ids.length);
    expect(front.lead?.slug).toBe("p-0");
  });
});
