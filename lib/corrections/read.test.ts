import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { makeArticle, makeSection } from "@/lib/testing/fixtures";
import { renderCorrectionsFeed } from "@/lib/seo/corrections-feed";
import { modifiedAt } from "@/lib/seo/dates";
import { findCorrections } from "./read";

const temp = createTempDatabase();
const { db } = temp;
afterAll(() => temp.cleanup());

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

beforeAll(async () => {
  const sectionId = (await makeSection(db, "world")).id;
  const visible = await makeArticle(db, { sectionId, slug: "council-vote", title: "Council votes on the budget" });
  const hidden = await makeArticle(db, { sectionId, slug: "pulled", status: "DRAFT" });
  const revision = await db.revision.create({ data: { articleId: visible.id, version: 1, snapshot: "{}" } });
  await db.correction.createMany({
    data: [
      {
        articleId: visible.id,
        text: "The vote was on Tuesday, not Monday.",
        revisionId: revision.id,
        createdAt: minutesAgo(30),
      },
      {
        articleId: visible.id,
        text: "The council has 40 members, not 45.",
        revisionId: revision.id,
        createdAt: minutesAgo(5),
      },
      { articleId: hidden.id, text: "A correction to a story readers cannot see.", createdAt: minutesAgo(1) },
    ],
  });
});

describe("the corrections log", () => {
  it("lists corrections to visible stories, newest first, each linking its story", async () => {
    const { items, totalPages } = await findCorrections(db, 1);
    expect(items.map((c) => c.text)).toEqual([
      "The council has 40 members, not 45.",
      "The vote was on Tuesday, not Monday.",
    ]);
    expect(items[0]!.article).toEqual({ title: "Council votes on the budget", path: "/world/council-vote" });
    expect(totalPages).toBe(1);
  });

  it("keeps each correction tied to the revision it corrected", async () => {
    const rows = await db.correction.findMany({
      where: { article: { slug: "council-vote" } },
      select: { revision: { select: { version: true } } },
    });
    expect(rows.every((r) => r.revision?.version === 1)).toBe(true);
  });

  it("writes an RSS item per correction with its date and the story's link", async () => {
    const { items } = await findCorrections(db, 1);
    const xml = renderCorrectionsFeed("https://news.example", { siteName: "The Meridian", language: "en-GB" }, items);
    expect(xml).toContain("<title>Correction: Council votes on the budget</title>");
    expect(xml).toContain("<link>https://news.example/world/council-vote</link>");
    expect(xml).toContain(`<pubDate>${new Date(items[0]!.at).toUTCString()}</pubDate>`);
    expect(xml.match(/<item>/g)).toHaveLength(2);
  });
});

describe("dateModified", () => {
  it("is the latest of publication, revision and correction", () => {
    expect(modifiedAt("2025-06-01T00:00:00.000Z", "2025-06-02T00:00:00.000Z", "2025-06-03T00:00:00.000Z")).toBe(
      "2025-06-03T00:00:00.000Z",
    );
    expect(modifiedAt("2025-06-01T00:00:00.000Z", "2025-06-04T00:00:00.000Z", "2025-06-03T00:00:00.000Z")).toBe(
      "2025-06-04T00:00:00.000Z",
    );
    expect(modifiedAt("2025-06-01T00:00:00.000Z", null, undefined)).toBe("2025-06-01T00:00:00.000Z");
  });
});
