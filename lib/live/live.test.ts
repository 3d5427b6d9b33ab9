import { afterAll, describe, expect, it } from "vitest";
import { documentFromMarkdown } from "@/lib/editor/from-markdown";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { makeArticle, makeAuthor, makeSection } from "@/lib/testing/fixtures";
import { findLiveFeed, keyEvents, updatesAfter } from "./read";
import { addUpdate, endCoverage, setKeyEvent, startCoverage } from "./write";

const temp = createTempDatabase();
const { db } = temp;
afterAll(() => temp.cleanup());

const doc = (text: string) => documentFromMarkdown(text);

async function livePage(status: "PUBLISHED" | "DRAFT" = "PUBLISHED") {
  const section = await makeSection(db);
  const reporter = await makeAuthor(db);
  const article = await makeArticle(db, { sectionId: section.id, authorIds: [reporter.id], status });
  const user = { id: reporter.id, role: "AUTHOR" as const };
  expect((await startCoverage(db, user, article.id)).ok).toBe(true);
  return { article, user };
}

describe("live coverage", () => {
  it("publishes updates newest first, each with its author, and lists key events oldest first", async () => {
    const { article, user } = await livePage();
    for (const [i, text] of ["Doors open.", "First vote called.", "Result announced."].entries()) {
      const r = await addUpdate(db, user, {
        articleId: article.id,
        title: `Update ${i + 1}`,
        keyEvent: i !== 1,
        body: doc(text),
      });
      expect(r.ok).toBe(true);
      // Distinct timestamps, as minutes apart on a real desk.
      await db.liveUpdate.updateMany({
        where: { title: `Update ${i + 1}`, articleId: article.id },
        data: { publishedAt: new Date(Date.UTC(2026, 0, 1, 10, i)) },
      });
    }
    const feed = await findLiveFeed(db, article.id);
    expect(feed?.live).toBe(true);
    expect(feed?.updates.map((u) => u.title)).toEqual(["Update 3", "Update 2", "Update 1"]);
    expect(feed?.updates[0]?.author?.slug).toBeTruthy();
    expect(keyEvents(feed!.updates).map((u) => u.title)).toEqual(["Update 1", "Update 3"]);
    expect(updatesAfter(feed!.updates, "2026-01-01T10:00:30.000Z").map((u) => u.title)).toEqual([
      "Update 3",
      "Update 2",
    ]);
    expect(updatesAfter(feed!.updates, "not a date")).toEqual([]);
  });

  it("pins and unpins an update as a key event", async () => {
    const { article, user } = await livePage();
    const r = await addUpdate(db, user, {
      articleId: article.id,
      title: "",
      keyEvent: false,
      body: doc("Statement expected."),
    });
    if (!r.ok || !r.updateId) throw new Error("not posted");
    await setKeyEvent(db, user, r.updateId, true);
    expect((await findLiveFeed(db, article.id))?.updates[0]?.keyEvent).toBe(true);
  });

  it("refuses updates from someone who may not publish the story, and empty updates", async () => {
    const { article } = await livePage();
    const outsider = await makeAuthor(db);
    expect(
      await addUpdate(
        db,
        { id: outsider.id, role: "AUTHOR" },
        { articleId: article.id, title: "", keyEvent: false, body: doc("Sneaky.") },
      ),
    ).toMatchObject({ ok: false });
    const editor = { id: outsider.id, role: "EDITOR" as const };
    expect(
      await addUpdate(db, editor, { articleId: article.id, title: "", keyEvent: false, body: doc(" ") }),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/write/i) });
    expect(
      (
        await addUpdate(db, editor, {
          articleId: article.id,
          title: "",
          keyEvent: false,
          body: doc("An editor may post."),
        })
      ).ok,
    ).toBe(true);
  });

  it("refuses an update holding a picture pasted from another site that is not in the library", async () => {
    const { article, user } = await livePage();
    const body = doc("Crowds gathered at the gate.");
    body.content.push({
      type: "image",
      attrs: { src: "https://wire.example/gate.jpg", alt: "The gate", caption: "", credit: "" },
    });
    expect(await addUpdate(db, user, { articleId: article.id, title: "", keyEvent: false, body })).toEqual({
      ok: false,
      message:
        "The image pasted from wire.example is not in the media library: import it again, replace it with a library image, or remove it before posting the update.",
    });
    expect((await findLiveFeed(db, article.id))?.updates ?? []).toEqual([]);
  });

  it("freezes the page when the coverage ends: no more updates, no longer live", async () => {
    const { article, user } = await livePage();
    await addUpdate(db, user, { articleId: article.id, title: "", keyEvent: false, body: doc("Last word.") });
    expect((await endCoverage(db, user, article.id)).ok).toBe(true);
    const feed = await findLiveFeed(db, article.id);
    expect(feed).toMatchObject({ live: false });
    expect(feed?.updates).toHaveLength(1);
    expect(
      await addUpdate(db, user, { articleId: article.id, title: "", keyEvent: false, body: doc("Too late.") }),
    ).toMatchObject({ ok: false });
    expect(await startCoverage(db, user, article.id)).toMatchObject({ ok: false });
  });

  it("serves nothing of a live page readers cannot see", async () => {
    const { article, user } = await livePage("DRAFT");
    await addUpdate(db, user, { articleId: article.id, title: "", keyEvent: false, body: doc("Not yet public.") });
    expect(await findLiveFeed(db, article.id)).toBeNull();
    expect((await findLiveFeed(db, article.id, undefined, { anyStatus: true }))?.updates).toHaveLength(1);
  });
});
