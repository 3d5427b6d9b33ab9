import { expect, test } from "@playwright/test";
import { authFile, people } from "./support/desk";
import { body, inOrder, newArticle, openAs as open, storedStory as stored, waitSaved } from "./support/editor";

// Two server instances behind one site (E2E_PORT and E2E_PORT + 1, one database), sharing open
// stories through Redis: people on different instances edit one story as if on one server. Run by
// the "cluster" project, which .ci/run starts with a Redis server (E2E_REDIS_URL).

const replica = `http://127.0.0.1:${Number(process.env.E2E_PORT || 3100) + 1}`;

test("two people on two server instances see each other and type into one paragraph: every character is kept", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const author = await (await browser.newContext({ storageState: authFile("author") })).newPage();
  const url = await newArticle(author);
  const id = url.split("/").pop()!;
  await author.getByLabel("Headline").fill("Ferry timetable");
  await body(author).click();
  await author.keyboard.type("Crossings resume on Monday.");
  await waitSaved(author);

  // The editor's page and socket are served by the other instance.
  const editor = await open(browser, "editor", `${replica}${new URL(url).pathname}`);
  // Presence crosses instances only through Redis: each sees the other.
  await expect(author.getByRole("list", { name: `Also editing: ${people.editor.name}` })).toBeVisible();
  await expect(editor.getByRole("list", { name: `Also editing: ${people.author.name}` })).toBeVisible();
  await expect(body(editor)).toContainText("Crossings resume on Monday.");

  await body(editor).click();
  await editor.keyboard.press("End");
  const mine = " The first boat leaves the north pier at six in the morning.";
  const theirs = " Fares stay as they were until the end of the season.";
  await Promise.all([author.keyboard.type(mine, { delay: 25 }), editor.keyboard.type(theirs, { delay: 25 })]);
  await Promise.all([
    author.getByLabel("Headline").pressSequentially(" restored", { delay: 20 }),
    editor.getByLabel("Standfirst").pressSequentially("Two crossings a day at first.", { delay: 20 }),
  ]);
  // Each screen has the other's words as they were typed, before any reload.
  await expect(body(author)).toHaveText(await body(editor).innerText());
  await expect(author.getByLabel("Standfirst")).toHaveValue("Two crossings a day at first.");
  await expect(editor.getByLabel("Headline")).toHaveValue("Ferry timetable restored");
  await Promise.all([waitSaved(author), waitSaved(editor)]);

  const row = stored(id);
  // Nothing lost and nothing doubled by two instances storing one story.
  expect(row.bodyText.length).toBe("Crossings resume on Monday.".length + mine.length + theirs.length);
  expect(inOrder(row.bodyText, mine)).toBe(true);
  expect(inOrder(row.bodyText, theirs)).toBe(true);
  expect(row.title).toBe("Ferry timetable restored");
  expect(row.standfirst).toBe("Two crossings a day at first.");

  // A reload on either instance shows the same story.
  await editor.reload();
  await expect(body(editor)).toHaveText(row.bodyText);
  await author.context().close();
  await editor.context().close();
});
