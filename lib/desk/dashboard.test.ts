import { afterAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { makeArticle, makeAuthor, makeSection } from "@/lib/testing/fixtures";
import { findDashboard } from "./dashboard";

const temp = createTempDatabase();
const { db } = temp;
afterAll(() => temp.cleanup());

const now = new Date("2026-11-28T12:00:00Z");
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);

describe("the desk dashboard", () => {
  it("lists stories under embargo soonest first, each with its time, and only where the user may see them", async () => {
    const section = await makeSection(db);
    const [me, other] = [await makeAuthor(db), await makeAuthor(db)];
    const story = async (
      title: string,
      authorId: string,
      embargoUntil: Date | null,
      status: "DRAFT" | "SCHEDULED" = "SCHEDULED",
    ) => {
      const a = await makeArticle(db, {
        sectionId: section.id,
        authorIds: [authorId],
        title,
        status,
        publishedAt: null,
      });
      await db.article.update({ where: { id: a.id }, data: { embargoUntil } });
    };
    await story("Later", me.id, hours(5));
    await story("Sooner", other.id, hours(1), "DRAFT");
    await story("Lifted", me.id, hours(-1));
    await story("Open", me.id, null);

    const editor = await findDashboard(db, { id: "someone", role: "EDITOR" }, now);
    expect(editor.embargoed.map((r) => [r.title, r.embargoUntil])).toEqual([
      ["Sooner", hours(1).toISOString()],
      ["Later", hours(5).toISOString()],
    ]);
    // An author sees the embargoes on their own stories only.
    const author = await findDashboard(db, { id: me.id, role: "AUTHOR" }, now);
    expect(author.embargoed.map((r) => r.title)).toEqual(["Later"]);
  });

  it("shows someone who may not open everyone's stories only what readers can already see among others' published ones", async () => {
    const section = await makeSection(db);
    const [me, other] = [await makeAuthor(db), await makeAuthor(db)];
    const published = async (title: string, authorId: string, publishedAt: Date, embargoUntil: Date | null = null) => {
      const a = await makeArticle(db, { sectionId: section.id, authorIds: [authorId], title, publishedAt });
      await db.article.update({ where: { id: a.id }, data: { embargoUntil } });
    };
    await published("Out", other.id, hours(-2));
    await published("Held by embargo", other.id, hours(-1), hours(3));
    await published("Dated tomorrow", other.id, hours(24));
    await published("My own, held", me.id, hours(-3), hours(3));

    const titles = async (role: "CONTRIBUTOR" | "AUTHOR" | "EDITOR", id: string) =>
      (await findDashboard(db, { id, role }, now)).published.map((r) => r.title).sort();
    for (const role of ["CONTRIBUTOR", "AUTHOR"] as const)
      expect(await titles(role, me.id)).toEqual(["My own, held", "Out"]);
    expect(await titles("EDITOR", "someone")).toEqual(["Dated tomorrow", "Held by embargo", "My own, held", "Out"]);
  });
});
