import { afterAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { makeArticle, makeSection } from "@/lib/testing/fixtures";
import { isAutomated } from "./bots";
import { countView, hourStart } from "./count";
import { findMostRead, WINDOW_HOURS } from "./read";

const temp = createTempDatabase();
const { db } = temp;
afterAll(() => temp.cleanup());

const CHROME =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const HOUR = 3_600_000;

describe("who counts as a reader", () => {
  it.each([
    CHROME,
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1",
  ])("a browser: %s", (ua) => expect(isAutomated(ua)).toBe(false));
  it.each([
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; bingbot/2.0)",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36",
    "facebookexternalhit/1.1",
    "curl/8.5.0",
    "",
    null,
  ])("not a reader: %s", (ua) => expect(isAutomated(ua)).toBe(true));
});

describe("most read", () => {
  it("counts views per article per hour and ranks the window's totals", async () => {
    const section = await makeSection(db);
    const now = new Date();
    const publishedAt = new Date(now.getTime() - 3 * HOUR);
    const [a, b, c] = [
      await makeArticle(db, { sectionId: section.id, publishedAt }),
      await makeArticle(db, { sectionId: section.id, publishedAt }),
      await makeArticle(db, { sectionId: section.id, publishedAt }),
    ];
    for (let i = 0; i < 3; i++) await countView(db, b.id, now);
    await countView(db, a.id, now);
    await countView(db, a.id, new Date(now.getTime() - HOUR));
    // Outside the window: an old spike does not count.
    await db.articleViewHour.create({
      data: { articleId: c.id, hour: new Date(hourStart(now).getTime() - WINDOW_HOURS * HOUR), count: 100 },
    });

    const rows = await db.articleViewHour.findMany({ where: { articleId: a.id }, orderBy: { hour: "asc" } });
    expect(rows.map((r) => r.count)).toEqual([1, 1]);
    expect(rows.every((r) => r.hour.getTime() % HOUR === 0)).toBe(true);

    const rail = await findMostRead(db, 5, now);
    expect(rail.map((e) => [e.article.id, e.views])).toEqual([
      [b.id, 3],
      [a.id, 2],
    ]);
  });

  it("neither counts nor ranks what readers cannot see", async () => {
    const section = await makeSection(db);
    const draft = await makeArticle(db, { sectionId: section.id, status: "DRAFT" });
    expect(await countView(db, draft.id)).toBe(false);
    expect(await countView(db, "no-such-article")).toBe(false);

    const shown = await makeArticle(db, { sectionId: section.id });
    for (let i = 0; i < 50; i++) await countView(db, shown.id);
    expect((await findMostRead(db, 1))[0]?.article.id).toBe(shown.id);
    await db.article.update({ where: { id: shown.id }, data: { status: "DRAFT" } });
    expect((await findMostRead(db, 5)).map((e) => e.article.id)).not.toContain(shown.id);
  });
});
