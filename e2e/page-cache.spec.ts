import { expect, test, type APIRequestContext } from "@playwright/test";
import { articlesWithStatus } from "./support/db";
import { authorAndPages } from "./support/cache-db";
import { authFile, npmScript, PASSWORD, signIn } from "./support/desk";

// server.ts answers anonymous readers from its page cache and drops exactly the pages a desk
// change affects, on this instance at once and on the other instance (same database) within
// its poll. The suite runs two instances: E2E_PORT and E2E_PORT + 1.
const replica = `http://127.0.0.1:${Number(process.env.E2E_PORT || 3100) + 1}`;
const STATUS = "x-broadsheet-cache";

async function cached(request: APIRequestContext, url: string) {
  const first = await request.get(url);
  expect(first.status(), url).toBe(200);
  // A second read is served from memory.
  await expect.poll(async () => (await request.get(url)).headers()[STATUS], { message: url }).toBe("HIT");
}

test("reader pages come from the page cache, byte for byte; the desk and signed-in users never do", async ({
  request,
  browser,
}) => {
  const story = articlesWithStatus("PUBLISHED")[0]!;
  for (const url of ["/", `/${story.sectionSlug}`, `/${story.sectionSlug}/${story.slug}`]) {
    await cached(request, url);
    const [a, b] = [await request.get(url), await request.get(url)];
    expect(b.headers()[STATUS]).toBe("HIT");
    expect(await b.text()).toBe(await a.text());
  }
  for (const url of ["/search?q=water", "/admin/login", "/?utm_source=mail"]) {
    expect((await request.get(url)).headers()[STATUS], url).toBe("BYPASS");
  }
  const editor = await browser.newContext({ storageState: authFile("admin") });
  const signedIn = await editor.request.get("/");
  expect(signedIn.headers()[STATUS]).toBe("BYPASS");
  expect((await editor.request.get("/admin")).headers()[STATUS]).toBe("BYPASS");
  await editor.close();
});

test("a desk change replaces exactly the pages it affects, at once here and promptly on the other instance", async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const { author, storyPath, authorPath, otherTagPath } = authorAndPages(["daniel-okafor", "news-desk"]);
  const result = npmScript("user:password", ["--email", author.email], `${PASSWORD}\n`);
  expect(result.status, result.output).toBe(0);

  for (const base of ["", replica]) {
    for (const path of [authorPath, storyPath, otherTagPath])
      await expect(async () => cached(request, base + path)).toPass();
  }

  const bio = `${author.name} has covered the region for a decade; cache check ${Date.now()}.`;
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const desk = await context.newPage();
  await desk.goto("/admin/login");
  await signIn(desk, author.email);
  await expect(desk).toHaveURL(/\/admin$/);
  await desk.goto("/admin/profile");
  await desk.getByLabel("Bio").fill(bio);
  await desk.getByRole("button", { name: "Save profile" }).click();
  await expect(desk.getByRole("status").first()).toHaveText("Profile saved.");
  await context.close();

  // This instance: the author's page and their story show the new bio on the very next read.
  for (const path of [authorPath, storyPath]) {
    const page = await request.get(path);
    expect(page.headers()[STATUS], path).not.toBe("HIT");
    expect(await page.text(), path).toContain(bio);
  }
  // A page the change does not touch stays cached.
  expect((await request.get(otherTagPath)).headers()[STATUS]).toBe("HIT");
  // The other instance hears of it through the database.
  for (const path of [authorPath, storyPath]) {
    await expect
      .poll(async () => (await request.get(replica + path)).text(), { message: `replica ${path}` })
      .toContain(bio);
  }
  expect((await request.get(replica + otherTagPath)).headers()[STATUS]).toBe("HIT");
});
