import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { e2eDb } from "./support/db";

// View counting: anonymous, on its own request, readers only; the rail ranks what was counted.
const CHROME =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

interface Story {
  id: string;
  title: string;
  path: string;
}

/** Published stories, newest first, read from the server's own database. */
function stories(): Story[] {
  const db = e2eDb();
  try {
    return db
      .prepare(
        `SELECT a.id, a.title, '/' || s.slug || '/' || a.slug AS path FROM Article a JOIN Section s ON s.id = a.sectionId WHERE a.status = 'PUBLISHED' AND a.deletedAt IS NULL ORDER BY a.publishedAt DESC`,
      )
      .all() as Story[];
  } finally {
    db.close();
  }
}

function countedViews(id: string): number {
  const db = e2eDb();
  try {
    return (
      db.prepare(`SELECT COALESCE(SUM(count), 0) AS n FROM ArticleViewHour WHERE articleId = ?`).get(id) as {
        n: number;
      }
    ).n;
  } finally {
    db.close();
  }
}

/**
 * `readers` views of a story, each from another reader: a reader is counted once per story per
 * hour, so each has a browser of its own (the suite's requests all come from one address).
 */
async function view(
  request: APIRequestContext,
  id: string,
  readers: number,
  { userAgent, origin }: { userAgent: string; origin: string },
) {
  for (let i = 0; i < readers; i++) {
    const response = await request.post("/api/views", {
      data: JSON.stringify({ id }),
      headers: { "content-type": "text/plain", "user-agent": `${userAgent} Reader/${i}`, origin },
    });
    expect(response.status()).toBe(204);
    expect(response.headers()["set-cookie"]).toBeUndefined();
  }
}

const railTitles = async (page: Page, path: string) => {
  await page.goto(path);
  return page.getByRole("complementary", { name: "Most read" }).getByRole("heading", { level: 3 }).allTextContents();
};

test("an article page counts its view with a beacon on a separate request, and sets no cookie", async ({ browser }) => {
  const story = stories()[3]!;
  const before = countedViews(story.id);
  const context = await browser.newContext({ userAgent: CHROME });
  const page = await context.newPage();
  const beacon = page.waitForRequest((r) => r.url().endsWith("/api/views") && r.method() === "POST");
  const response = await page.goto(story.path);
  expect(response?.headers()["set-cookie"]).toBeUndefined();
  await beacon;
  await expect.poll(() => countedViews(story.id)).toBe(before + 1);
  expect(await context.cookies()).toEqual([]);
  await context.close();
});

test("most read ranks stories by views; bots and other sites are not counted", async ({ page, request, baseURL }) => {
  test.setTimeout(120_000);
  const all = stories();
  // Older stories, outside the demo's seeded reading.
  const [first, second, ignored] = [all[20]!, all[21]!, all[22]!];
  await view(request, second.id, 60, { userAgent: CHROME, origin: baseURL! });
  await view(request, first.id, 80, { userAgent: CHROME, origin: baseURL! });
  await view(request, ignored.id, 120, { userAgent: GOOGLEBOT, origin: baseURL! });
  await view(request, ignored.id, 120, { userAgent: CHROME, origin: "https://elsewhere.example" });

  // The rail is cached for a bounded time; it catches up without anyone touching the desk.
  await expect
    .poll(async () => (await railTitles(page, "/")).slice(0, 2), { timeout: 60_000, intervals: [2_000] })
    .toEqual([first.title, second.title]);
  expect(await railTitles(page, "/")).not.toContain(ignored.title);
  await expect
    .poll(async () => (await railTitles(page, first.path)).slice(0, 2), { timeout: 60_000, intervals: [2_000] })
    .toEqual([first.title, second.title]);
});
