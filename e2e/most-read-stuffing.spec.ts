import { expect, test } from "@playwright/test";
import { e2eDb } from "./support/db";

// "Most read" cannot be bought from one client: a reader counts once per story per hour, and only
// a request the site's own pages made counts at all.
const BROWSER =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15";

/** Published stories, oldest first: outside the demo's seeded reading and the other specs' stories. */
function oldStory(offset: number): string {
  const db = e2eDb();
  try {
    return (
      db
        .prepare(
          `SELECT id FROM Article WHERE status = 'PUBLISHED' AND deletedAt IS NULL AND embargoUntil IS NULL ORDER BY publishedAt ASC LIMIT 1 OFFSET ?`,
        )
        .get(offset) as { id: string }
    ).id;
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

test("500 views from one client move a story's count by one", async ({ request, baseURL }) => {
  const story = oldStory(5);
  const before = countedViews(story);
  for (let i = 0; i < 500; i++) {
    const answer = await request.post("/api/views", {
      data: JSON.stringify({ id: story }),
      headers: {
        "content-type": "text/plain",
        "user-agent": BROWSER,
        origin: baseURL!,
        "sec-fetch-site": "same-origin",
      },
    });
    // Counted or not, the answer is the same.
    expect(answer.status()).toBe(204);
  }
  expect(countedViews(story)).toBe(before + 1);
});

test("a view sent from another site, or by no page at all, counts nothing", async ({ request, baseURL }) => {
  const story = oldStory(6);
  const before = countedViews(story);
  const post = (headers: Record<string, string>, reader: string) =>
    request.post("/api/views", {
      data: JSON.stringify({ id: story }),
      headers: { "content-type": "text/plain", "user-agent": `${BROWSER} ${reader}`, ...headers },
    });
  // A page elsewhere: the browser says cross-site, and names the other origin.
  expect((await post({ "sec-fetch-site": "cross-site", origin: "https://elsewhere.example" }, "A")).status()).toBe(204);
  // The browser's word decides, even beside an Origin naming the site.
  expect((await post({ "sec-fetch-site": "cross-site", origin: baseURL! }, "B")).status()).toBe(204);
  // No browser at all: neither header.
  expect((await post({}, "C")).status()).toBe(204);
  expect(countedViews(story)).toBe(before);

  // The same request from the site's own page counts.
  await post({ "sec-fetch-site": "same-origin", origin: baseURL! }, "D");
  expect(countedViews(story)).toBe(before + 1);
});
