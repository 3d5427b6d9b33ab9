import { expect, test, type APIRequestContext } from "@playwright/test";
import { articlesWithStatus, e2eDb } from "./support/db";
import { ARTICLE_ACTIONS, actionId, actionResult, callAction, sessionCookie } from "./support/desk-actions";
import { storyPath, visibleStories } from "./seo-support";

/** Whether readers could once read the story (it was published at some time). */
function wasPublished(slug: string): boolean {
  const db = e2eDb();
  try {
    const row = db.prepare("SELECT publishedAt FROM Article WHERE slug = ?").get(slug) as { publishedAt: unknown };
    return row.publishedAt !== null;
  } finally {
    db.close();
  }
}

test("an unknown path gets the designed 404 page with a real 404 status", async ({ page }) => {
  for (const path of [
    "/no-such-section",
    "/world/no-such-story",
    "/a/b/c",
    "/tag/no-such-tag",
    "/author/no-such-person",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We can’t find that page");
    await expect(page.getByRole("navigation", { name: "Sections" })).toBeVisible();
    await expect(page.locator(`meta[name="robots"]`)).toHaveAttribute("content", /noindex/);
  }
});

test.describe("stories readers must never see", () => {
  const hidden = ["DRAFT", "IN_REVIEW", "SCHEDULED", "ARCHIVED"].flatMap((status) =>
    articlesWithStatus(status).map((a) => ({ ...a, status })),
  );

  test("the demo has each kind of unpublished story", () => {
    expect(new Set(hidden.map((h) => h.status))).toEqual(new Set(["DRAFT", "IN_REVIEW", "SCHEDULED", "ARCHIVED"]));
  });

  test("each answers 404 at its would-be URL, or 410 when it was published once and is no longer", async ({
    request,
  }) => {
    for (const a of hidden) {
      const gone = a.status !== "SCHEDULED" && wasPublished(a.slug);
      expect((await request.get(`/${a.sectionSlug}/${a.slug}`)).status(), `${a.status} ${a.slug}`).toBe(
        gone ? 410 : 404,
      );
    }
    expect(hidden.some((a) => a.status === "ARCHIVED" && wasPublished(a.slug))).toBe(true);
  });

  test("none is listed on the front page or its section page", async ({ request }) => {
    const pages = ["/", ...new Set(hidden.map((a) => `/${a.sectionSlug}`))];
    for (const path of pages) {
      const html = await (await request.get(path)).text();
      for (const a of hidden) {
        expect(html, `${a.slug} on ${path}`).not.toContain(a.slug);
        // Other specs leave untitled drafts behind: they have no headline that could leak.
        for (const title of [a.title].filter(Boolean))
          expect(html, `${title} on ${path}`).not.toContain(title.replace(/&/g, "&amp;"));
      }
    }
  });
});

test.describe("stories taken down", () => {
  // The oldest stories, which the other suites do not pick; each is put back at the end.
  const [unpublished, trashed] = visibleStories().slice(-2);

  async function move(baseURL: string, story: { id: string }, transition: string) {
    const result = actionResult(
      (
        await callAction(
          baseURL,
          `/admin/articles/${story.id}`,
          actionId(ARTICLE_ACTIONS, "transitionAction"),
          [{ id: story.id, transition }],
          sessionCookie("editor"),
        )
      ).text,
    ) as { ok: boolean };
    expect(result.ok, `${transition} ${story.id}`).toBe(true);
  }

  async function expectGone(request: APIRequestContext, path: string) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(410);
    expect(response.headers()["x-robots-tag"], path).toBe("noindex");
    const html = await response.text();
    expect(html, path).toContain("We can’t find that page");
    expect(html, path).toMatch(/<meta name="robots" content="[^"]*noindex/);
  }

  test("answer 410 Gone with the not-found page once unpublished or trashed, and 200 once back", async ({
    request,
    baseURL,
  }) => {
    for (const story of [unpublished!, trashed!]) expect((await request.get(storyPath(story))).status()).toBe(200);
    await move(baseURL!, unpublished!, "unpublish");
    await move(baseURL!, trashed!, "trash");
    await expectGone(request, storyPath(unpublished!));
    await expectGone(request, storyPath(trashed!));
    // Whatever query string a link carried.
    await expectGone(request, `${storyPath(trashed!)}?utm_source=x`);

    await move(baseURL!, unpublished!, "publish");
    await move(baseURL!, trashed!, "restore");
    for (const story of [unpublished!, trashed!]) expect((await request.get(storyPath(story))).status()).toBe(200);
  });

  test("what never existed stays 404", async ({ request }) => {
    for (const path of ["/world/never-was-a-story", `/${unpublished!.sectionSlug}/never-was-a-story`]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
    }
  });
});
