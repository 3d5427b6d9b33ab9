import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { makeSection } from "@/lib/testing/fixtures";
import { documentFromMarkdown } from "@/lib/editor/from-markdown";
import { loadEditable } from "./editable";
import { createDraft, transition } from "./lifecycle";
import { deskViewer, listDeskArticles } from "./list";
import { addNote, listNotes, noteCounts } from "./notes";
import { saveArticle } from "./save";

const temp = createTempDatabase();
const { db } = temp;
afterAll(() => temp.cleanup());

let writer = { id: "", role: "CONTRIBUTOR" as const };
let editor = { id: "", role: "EDITOR" as const };

beforeAll(async () => {
  await makeSection(db, "world", 0);
  writer = {
    id: (await db.user.create({ data: { slug: "w", name: "Wren Writer", email: "w@t.test", role: "CONTRIBUTOR" } })).id,
    role: "CONTRIBUTOR",
  };
  editor = {
    id: (await db.user.create({ data: { slug: "e", name: "Eda Editor", email: "e@t.test", role: "EDITOR" } })).id,
    role: "EDITOR",
  };
});

async function submitted(title: string) {
  const { id } = await createDraft(db, writer);
  const draft = (await loadEditable(db, id))!;
  const fields = { ...draft.fields, title, slug: "", body: documentFromMarkdown(`${title} in a sentence.`) };
  const saved = await saveArticle(db, writer, { id, baseVersion: draft.version, fields });
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  expect((await transition(db, writer, id, "submit")).ok).toBe(true);
  return id;
}

describe("desk notes", () => {
  it("returns a story to its writer with the note written in the same step, and audited", async () => {
    const id = await submitted("Ferry fares under review");
    const moved = await transition(db, editor, id, "return-to-draft", {
      note: "Check the fare table with the operator.",
    });
    expect(moved).toMatchObject({ ok: true, article: { status: "DRAFT" } });
    expect(await listNotes(db, id)).toEqual([
      expect.objectContaining({ text: "Check the fare table with the operator.", author: "Eda Editor" }),
    ]);
    expect(await db.auditEvent.count({ where: { entityId: id, action: "article.note" } })).toBe(1);

    // A move that is refused writes no note either.
    const refused = await transition(db, writer, id, "publish", { note: "Publishing it myself." });
    expect(refused.ok).toBe(false);
    expect((await listNotes(db, id)).map((n) => n.text)).toEqual(["Check the fare table with the operator."]);
  });

  it("lists notes oldest first and counts them in the desk's list and search", async () => {
    const id = await submitted("Harbour crane inspection");
    const t0 = new Date("2026-12-01T10:00:00Z");
    await addNote(db, editor.id, id, "First remark", t0);
    const added = await addNote(db, writer.id, id, "A reply", new Date(t0.getTime() + 60_000));
    expect(added.notes.map((n) => [n.text, n.author])).toEqual([
      ["First remark", "Eda Editor"],
      ["A reply", "Wren Writer"],
    ]);
    expect((await noteCounts(db, [id, "nothing"])).get(id)).toBe(2);

    const listed = await listDeskArticles(db, { sort: "updated", page: 1 }, deskViewer(writer));
    expect(listed.items.find((r) => r.id === id)?.notes).toBe(2);
    const found = await listDeskArticles(db, { q: "crane", sort: "updated", page: 1 }, deskViewer(writer));
    expect(found.items.map((r) => [r.id, r.notes])).toEqual([[id, 2]]);
  });
});
