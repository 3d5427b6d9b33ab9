import { expect, test, type Browser, type Locator } from "@playwright/test";
import { e2eDb } from "./support/db";
import { authFile } from "./support/desk";
import { newArticle, waitSaved, writeStory } from "./support/editor";
import { siteTimeZone } from "./support/search-db";

// The desk keeps one clock, the publication's (the demo's is Karachi, five hours ahead of UTC
// with no daylight saving), even for an editor whose computer is set to New York: times are read
// and shown on it with its label, and the editor's own clock is offered beside them.
test.describe.configure({ mode: "serial" });

const NEW_YORK = "America/New_York";
// A date far enough ahead that the scheduler never publishes the story during the run.
const year = new Date().getUTCFullYear() + 2;
const title = "Water board sets the date for the tariff hearing";
let articleId = "";

const deskInNewYork = async (browser: Browser) =>
  (await browser.newContext({ storageState: authFile("editor"), timezoneId: NEW_YORK })).newPage();

function stored(id: string): { scheduledFor: string | null; embargoUntil: string | null } {
  const db = e2eDb();
  try {
    const row = db.prepare("SELECT scheduledFor, embargoUntil FROM Article WHERE id = ?").get(id) as Record<
      string,
      string | number | null
    >;
    const iso = (v: string | number | null | undefined) => (v == null ? null : new Date(v).toISOString());
    return { scheduledFor: iso(row.scheduledFor), embargoUntil: iso(row.embargoUntil) };
  } finally {
    db.close();
  }
}

/** A <time> shows `text` on the publication's clock, with New York's reading in its tooltip. */
async function expectDeskTime(time: Locator, text: string | RegExp, local: RegExp) {
  await expect(time).toHaveText(text);
  await expect(time).toHaveAttribute("title", local);
}

test.beforeAll(() => {
  expect(siteTimeZone()).toBe("Asia/Karachi");
});

test("an editor in New York embargoes and schedules on the publication's clock", async ({ browser }) => {
  const page = await deskInNewYork(browser);
  expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(NEW_YORK);
  articleId = (await newArticle(page)).split("/").pop()!;
  await writeStory(page, title);
  await waitSaved(page);

  // The embargo picker: 12:00 is noon in Karachi (07:00 UTC), whatever the computer's clock says.
  const embargo = page.getByLabel("Embargo until");
  await expect(embargo).toHaveAccessibleDescription(/^GMT\+5/);
  await embargo.fill(`${year}-01-15T12:00`);
  await waitSaved(page);
  await expect.poll(() => stored(articleId).embargoUntil).toBe(`${year}-01-15T07:00:00.000Z`);
  await expect(page.getByText(`Your time: 15 Jan ${year}, 02:00 EST`)).toBeVisible();
  await expectDeskTime(
    page.getByRole("note").filter({ hasText: "Embargoed until" }).locator("time"),
    `15 Jan ${year}, 12:00 GMT+5`,
    new RegExp(`^Your time: 15 Jan ${year}, 02:00 EST$`),
  );

  // The schedule picker: 14:00 in Karachi is 09:00 UTC and 04:00 in New York.
  const publishAt = page.getByLabel("Publish at");
  await expect(publishAt).toHaveAccessibleDescription("GMT+5");
  await publishAt.fill(`${year}-01-15T14:00`);
  await expect(page.getByText(`Your time: 15 Jan ${year}, 04:00 EST`)).toBeVisible();
  await page.getByRole("button", { name: "Schedule" }).click();
  await expect(page.getByRole("main").getByText("Scheduled.", { exact: true })).toBeVisible();
  expect(stored(articleId).scheduledFor).toBe(`${year}-01-15T09:00:00.000Z`);

  await page.reload();
  const status = page.getByText(/^Status: Scheduled for/);
  await expectDeskTime(
    status.locator("time"),
    `15 Jan ${year}, 14:00 GMT+5`,
    new RegExp(`^Your time: 15 Jan ${year}, 04:00 EST$`),
  );
  // Reopened in New York, the embargo picker still reads noon: the publication's clock.
  await expect(page.getByLabel("Embargo until")).toHaveValue(`${year}-01-15T12:00`);
  await page.context().close();
});

test("the articles list, revisions and budget show the publication's clock with its label", async ({ browser }) => {
  const page = await deskInNewYork(browser);
  await page.goto(`/admin/articles?q=${encodeURIComponent(title)}`);
  const row = page.getByRole("row").filter({ hasText: title });
  await expect(row).toContainText(`Scheduled for 15 Jan ${year}, 14:00 GMT+5`);
  await expect(row.locator("time", { hasText: `15 Jan ${year}, 14:00 GMT+5` })).toHaveAttribute(
    "title",
    `Your time: 15 Jan ${year}, 04:00 EST`,
  );
  await expect(row).toContainText(`Embargoed until 15 Jan ${year}, 12:00 GMT+5`);
  // The last change: now, on Karachi's clock; the tooltip is New York's.
  const changed = row.locator("time").last();
  await expectDeskTime(changed, /^\d{1,2} \w{3} \d{4}, \d{2}:\d{2} GMT\+5$/, /^Your time: .* E[SD]T$/);
  const iso = (await changed.getAttribute("datetime"))!;
  await expect(changed).toContainText(karachiClock(iso));

  await page.goto(`/admin/articles/${articleId}/revisions`);
  const scheduled = page.getByRole("listitem").filter({ hasText: "Scheduled by" });
  const revisionTime = scheduled.locator("time");
  await expectDeskTime(revisionTime, /GMT\+5$/, /^Your time: .* E[SD]T$/);
  await expect(revisionTime).toContainText(karachiClock((await revisionTime.getAttribute("datetime"))!));
  await expect(page.getByLabel("Compare").locator("option").first()).toContainText(/GMT\+5/);

  await page.goto("/admin/budget");
  await expect(page.getByText("Times are in the publication’s time zone (Asia/Karachi, GMT+5).")).toBeVisible();
  const form = page.getByRole("form", { name: "New budget item" });
  const slugLine = "TARIFF-HEARING";
  await form.getByLabel("Slug-line").fill(slugLine);
  await form.getByLabel("Target time (GMT+5)").fill("16:00");
  await form.getByRole("button", { name: "Add to budget" }).click();
  await expect(form.getByText(`“${slugLine}” added to the budget.`)).toBeVisible();
  const item = page.getByRole("listitem", { name: slugLine });
  await expectDeskTime(item.locator("time"), "16:00 GMT+5", /^Your time: (06|07):00 E[SD]T$/);
  await page.context().close();
});

/** "14:00" of an instant on Karachi's clock, computed here rather than by the desk's code. */
function karachiClock(iso: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: "Asia/Karachi",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(iso));
}
