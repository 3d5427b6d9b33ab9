import { afterAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { makeAuthor, makeSection } from "@/lib/testing/fixtures";
import { findDue, listBudget } from "./read";
import { budgetItemSchema } from "./schemas";
import { createBudgetItem, createDraftForItem, moveBudgetItem, reorderBudgetDay, updateBudgetItem } from "./write";

const temp = createTempDatabase();
const { db } = temp;
afterAll(() => temp.cleanup());

const ZONE = "Asia/Karachi";
const editor = { id: "", role: "EDITOR" as const };
const input = (slugLine: string, extra: Record<string, string> = {}) =>
  budgetItemSchema.parse({ slugLine, day: "2026-11-28", status: "PITCHED", ...extra });

async function plan(...slugLines: string[]) {
  const ids: string[] = [];
  for (const s of slugLines) {
    const r = await createBudgetItem(db, editor, input(s, { day: "2026-11-28" }), ZONE);
    if (!r.ok) throw new Error(r.message);
    ids.push(r.id);
  }
  return ids;
}

const todays = async () => (await listBudget(db, "2026-11-28", 1, ZONE))[0]!.items.map((i) => i.slugLine);

describe("story budget", () => {
  it("validates the form with field errors", () => {
    const bad = budgetItemSchema.safeParse({ slugLine: "", day: "tomorrow", targetTime: "25:00", status: "DONE" });
    expect(bad.success).toBe(false);
    expect(Object.keys(bad.error!.flatten().fieldErrors).sort()).toEqual(["day", "slugLine", "status", "targetTime"]);
  });

  it("lists a day's items in order, with target times in the desk's zone, and reorders them", async () => {
    const editorUser = await makeAuthor(db);
    editor.id = editorUser.id;
    const [a, b, c] = await plan("ALPHA", "BRAVO", "CHARLIE");
    expect(await todays()).toEqual(["ALPHA", "BRAVO", "CHARLIE"]);

    await moveBudgetItem(db, c!, "up");
    expect(await todays()).toEqual(["ALPHA", "CHARLIE", "BRAVO"]);
    expect((await reorderBudgetDay(db, "2026-11-28", [b!, a!, c!])).ok).toBe(true);
    expect(await todays()).toEqual(["BRAVO", "ALPHA", "CHARLIE"]);
    // A stale drag (an item missing) changes nothing.
    expect((await reorderBudgetDay(db, "2026-11-28", [a!, b!])).ok).toBe(false);
    expect(await todays()).toEqual(["BRAVO", "ALPHA", "CHARLIE"]);

    await updateBudgetItem(db, editor, a!, input("ALPHA", { targetTime: "14:30", status: "WRITING" }), ZONE);
    const alpha = (await listBudget(db, "2026-11-28", 1, ZONE))[0]!.items.find((i) => i.id === a);
    expect(alpha).toMatchObject({ targetTime: "14:30", targetAt: "2026-11-28T09:30:00.000Z", status: "WRITING" });
  });

  it("refuses a section or assignee that does not exist", async () => {
    const r = await createBudgetItem(db, editor, input("GHOST", { assigneeId: "nobody" }), ZONE);
    expect(r).toMatchObject({ ok: false, fieldErrors: { assigneeId: [expect.any(String)] } });
  });

  it("creates the draft for an item, bylined to its assignee, once", async () => {
    const section = await makeSection(db);
    const reporter = await makeAuthor(db);
    const created = await createBudgetItem(
      db,
      editor,
      input("DELTA", { sectionId: section.id, assigneeId: reporter.id, status: "ASSIGNED" }),
      ZONE,
    );
    if (!created.ok) throw new Error(created.message);

    const stranger = await makeAuthor(db);
    expect(await createDraftForItem(db, { id: stranger.id, role: "AUTHOR" }, created.id)).toMatchObject({ ok: false });

    const draft = await createDraftForItem(db, { id: reporter.id, role: "AUTHOR" }, created.id);
    if (!draft.ok) throw new Error(draft.message);
    const article = await db.article.findUniqueOrThrow({ where: { id: draft.articleId }, include: { authors: true } });
    expect(article).toMatchObject({ title: "DELTA", sectionId: section.id, status: "DRAFT" });
    expect(article.authors.map((a) => a.userId)).toEqual([reporter.id]);
    const item = (await listBudget(db, "2026-11-28", 1, ZONE))[0]!.items.find((i) => i.id === created.id);
    expect(item).toMatchObject({ status: "WRITING", article: { id: draft.articleId } });
    // Asking again opens the same draft.
    expect(await createDraftForItem(db, editor, created.id)).toEqual({ ok: true, articleId: draft.articleId });
  });

  // Everyone at the desk sees the budget (and its due list on the dashboard); a linked story's
  // headline may be a draft's that some of them may not open, so only the slug line is named.
  it("never carries a linked story's headline, only its id and status", async () => {
    const reporter = await makeAuthor(db);
    const created = await createBudgetItem(db, editor, input("ECHO", { assigneeId: reporter.id }), ZONE);
    if (!created.ok) throw new Error(created.message);
    const draft = await createDraftForItem(db, { id: reporter.id, role: "AUTHOR" }, created.id);
    if (!draft.ok) throw new Error(draft.message);
    await db.article.update({ where: { id: draft.articleId }, data: { title: "Minister to resign on Friday" } });

    const item = (await listBudget(db, "2026-11-28", 1, ZONE))[0]!.items.find((i) => i.id === created.id);
    expect(item!.article).toEqual({ id: draft.articleId, status: "DRAFT" });
    const due = await findDue(db, "2026-11-28", ZONE);
    expect(JSON.stringify(due)).toContain("ECHO");
    expect(JSON.stringify(due)).not.toContain("Minister to resign");
  });

  it("shows what is due today and overdue, soonest first, without what went out", async () => {
    const zone = "UTC";
    const mk = async (slugLine: string, day: string, extra: Record<string, string> = {}) => {
      const r = await createBudgetItem(
        db,
        editor,
        budgetItemSchema.parse({ slugLine, day, status: "WRITING", ...extra }),
        zone,
      );
      if (!r.ok) throw new Error(r.message);
    };
    await mk("LATE", "2027-03-01", { targetTime: "18:00" });
    await mk("EARLY", "2027-03-02", { targetTime: "09:00" });
    await mk("NOON", "2027-03-02", { targetTime: "12:00" });
    await mk("DONE", "2027-03-02", { targetTime: "08:00", status: "PUBLISHED" });
    await mk("TOMORROW", "2027-03-03", { targetTime: "08:00" });
    const due = await findDue(db, "2027-03-02", zone);
    expect(due.map((i) => i.slugLine)).toEqual(["LATE", "EARLY", "NOON"]);
  });
});
