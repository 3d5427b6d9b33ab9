import { expect, test, type Browser, type Page } from "@playwright/test";
import { authFile, type Person } from "./support/desk";
import { body, newArticle, waitSaved } from "./support/editor";

// The desk on a phone (390 x 844, touch): enough to fix a typo in a story and see it saved, and
// to find the story in the lists, without sideways scrolling.
/** A signed-in desk page on a 390 x 844 touch screen. */
const onPhone = async (browser: Browser, who: Person) =>
  (
    await browser.newContext({
      storageState: authFile(who),
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    })
  ).newPage();

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test("on a phone the editor's headline is whole, its sticky bars are small, and a typo can be fixed", async ({
  browser,
}) => {
  const page = await onPhone(browser, "author");
  await newArticle(page);
  const headline = page.getByLabel("Headline");
  await headline.fill("Harbour pilots agree a new winter rota after weeks of talks");
  await waitSaved(page);
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  const box = (await headline.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  // Everything typed is visible without scrolling inside the box.
  expect(await headline.evaluate((el: HTMLTextAreaElement) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(
    1,
  );

  // What stays on screen while scrolling leaves most of it to the story.
  await body(page).click();
  await page.keyboard.insertText("A paragraph long enough to scroll. ".repeat(40));
  await page.mouse.wheel(0, 600);
  // The height of the screen that sticky and fixed bars cover (overlapping bars counted once).
  const stuck = await page.evaluate(() => {
    const spans = [...document.querySelectorAll<HTMLElement>("*")]
      .filter((el) => ["sticky", "fixed"].includes(getComputedStyle(el).position))
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.bottom > 0 && r.top < innerHeight && r.height > 0 && r.width > 0)
      .map((r) => [Math.max(r.top, 0), Math.min(r.bottom, innerHeight)] as const)
      .sort((a, b) => a[0] - b[0]);
    let covered = 0;
    let end = 0;
    for (const [top, bottom] of spans) {
      covered += Math.max(0, bottom - Math.max(top, end));
      end = Math.max(end, bottom);
    }
    return covered;
  });
  expect(stuck).toBeLessThan(844 * 0.2);

  await headline.fill("Harbour pilots agree a new winter rota after weeks of talk");
  await waitSaved(page);
  await expect(headline).toHaveValue("Harbour pilots agree a new winter rota after weeks of talk");
  await page.context().close();
});

test("on a phone the dashboard and the articles list fit the screen's width", async ({ browser }) => {
  const page = await onPhone(browser, "editor");
  for (const path of ["/admin", "/admin/articles", "/admin/budget"]) {
    await page.goto(path);
    await expect(page.getByRole("main")).toBeVisible();
    expect(await overflow(page), path).toBeLessThanOrEqual(0);
  }
  await page.context().close();
});
