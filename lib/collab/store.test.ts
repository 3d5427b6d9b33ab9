import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { makeSection } from "@/lib/testing/fixtures";
import { documentFromMarkdown } from "@/lib/editor/from-markdown";
import { loadEditable } from "@/lib/articles/editable";
import { createDraft, transition } from "@/lib/articles/lifecycle";
import { saveArticle } from "@/lib/articles/save";
import { BODY, fieldsOf, spliceText } from "./doc-fields";
import { loadDocument, storeDocument, takeInExternalChange } from "./store";

const temp = createTempDatabase();
const { db } = temp;
afterAll(() => temp.cleanup());

type U = { id: string; role: "ADMIN" | "EDITOR" | "AUTHOR" | "CONTRIBUTOR" };
let author: U, contributor: U, editor: U;

beforeAll(async () => {
  await makeSection(db, "world", 0);
  const make = async (slug: string, role: U["role"]) => ({
    id: (await db.user.create({ data: { slug, name: slug, email: `${slug}@t.test`, role } })).id,
    role,
  });
  author = await make("arun", "AUTHOR");
  contributor = await make("cora", "CONTRIBUTOR");
  editor = await make("eda", "EDITOR");
});

async function draftBy(user: U, title: string) {
  const { id } = await createDraft(db, user);
  const draft = (await loadEditable(db, id))!;
  const saved = await saveArticle(db, user, {
    id,
    baseVersion: draft.version,
    fields: { ...draft.fields, title, slug: "", body: documentFromMarkdown(`${title} opening line.`) },
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  return id;
}

describe("storing the shared document", () => {
  it("makes the document from the stored article on first open, and derives the article from it", async () => {
    const id = await draftBy(author, "Grain prices");
    const loaded = (await loadDocument(db, id))!;
    expect(fieldsOf(loaded.doc).title).toBe("Grain prices");
    spliceText(loaded.doc.getText("title"), "Grain prices fall");
    const result = await storeDocument(db, author, id, loaded.doc, loaded.version);
    expect(result).toMatchObject({ ok: true, errors: {} });
    const article = (await loadEditable(db, id))!;
    expect(article.fields.title).toBe("Grain prices fall");
    // Opened again, it is the same document (the same lineage), not a new one.
    const again = (await loadDocument(db, id))!;
    expect(again.lineage).toBe(loaded.lineage);
    expect(fieldsOf(again.doc).title).toBe("Grain prices fall");
  });

  it("tidies a stored document as it loads it, once, without touching the article", async () => {
    const id = await draftBy(author, "Ferry timetable");
    const loaded = (await loadDocument(db, id))!;
    // A block the editor's schema refuses, as a hostile or outdated browser could leave it.
    loaded.doc.getXmlFragment(BODY).insert(0, [new Y.XmlElement("marquee")]);
    await db.articleDocument.update({
      where: { articleId: id },
      data: { state: Buffer.from(Y.encodeStateAsUpdate(loaded.doc)) },
    });
    const before = (await loadEditable(db, id))!;
    const opened = (await loadDocument(db, id))!;
    const names = (d: Y.Doc) =>
      d
        .getXmlFragment(BODY)
        .toArray()
        .map((n) => (n as Y.XmlElement).nodeName);
    expect(names(opened.doc)).not.toContain("marquee");
    const row = (await db.articleDocument.findUnique({ where: { articleId: id } }))!;
    const stored = new Y.Doc();
    Y.applyUpdate(stored, row.state);
    expect(names(stored)).not.toContain("marquee");
    expect(fieldsOf(stored).body).toEqual(before.fields.body);
    const after = (await loadEditable(db, id))!;
    expect(after.version).toBe(before.version);
  });

  it("saves everything else when one field fails its rule, and offers a free slug", async () => {
    const taken = await draftBy(author, "Harbour news");
    const id = await draftBy(author, "Other story");
    const loaded = (await loadDocument(db, id))!;
    const takenSlug = (await loadEditable(db, taken))!.fields.slug;
    spliceText(loaded.doc.getText("slug"), takenSlug);
    spliceText(loaded.doc.getText("title"), "x".repeat(250));
    spliceText(loaded.doc.getText("standfirst"), "A standfirst that is fine.");
    const result = await storeDocument(db, author, id, loaded.doc, loaded.version);
    if (!result.ok) throw new Error(result.message);
    expect(result.errors.title).toMatch(/under 200/);
    expect(result.errors.slug).toContain(`“${takenSlug}-2” is free`);
    const article = (await loadEditable(db, id))!;
    expect(article.fields.standfirst).toBe("A standfirst that is fine.");
    expect(article.fields.title).toBe("Other story");
    // The text that failed stays in the document for the writer to fix.
    expect(fieldsOf(loaded.doc).title).toBe("x".repeat(250));
  });

  it("never overwrites an outside write: the store is turned back, the change taken in, nothing lost", async () => {
    const id = await draftBy(author, "Council vote");
    const loaded = (await loadDocument(db, id))!;
    // Someone saves through another path (a script, a restore) while the document is open.
    const current = (await loadEditable(db, id))!;
    const outside = await saveArticle(db, editor, {
      id,
      baseVersion: current.version,
      fields: { ...current.fields, standfirst: "Written elsewhere." },
    });
    expect(outside.ok).toBe(true);
    spliceText(loaded.doc.getText("dateline"), "LAHORE");
    const refused = await storeDocument(db, author, id, loaded.doc, loaded.version);
    expect(refused).toMatchObject({ ok: false, kind: "busy" });
    const taken = (await takeInExternalChange(db, id, loaded.doc, fieldsOf((await loadDocument(db, id))!.doc)))!;
    expect(fieldsOf(loaded.doc).standfirst).toBe("Written elsewhere.");
    const stored = await storeDocument(db, author, id, loaded.doc, taken.version);
    expect(stored.ok).toBe(true);
    const article = (await loadEditable(db, id))!;
    expect(article.fields.standfirst).toBe("Written elsewhere.");
  });

  it("takes nothing in from a status change: edits not yet stored stay, and are stored next", async () => {
    const id = await draftBy(author, "Bridge reopens");
    const loaded = (await loadDocument(db, id))!;
    spliceText(loaded.doc.getText("standfirst"), "Typed just before publishing.");
    const published = await transition(db, author, id, "publish");
    expect(published.ok).toBe(true);
    const taken = (await takeInExternalChange(db, id, loaded.doc, loaded.fields))!;
    expect(fieldsOf(loaded.doc).standfirst).toBe("Typed just before publishing.");
    expect(await storeDocument(db, author, id, loaded.doc, taken.version)).toMatchObject({ ok: true });
    // Published: the edit waits in the working copy for Update.
    const article = (await loadEditable(db, id))!;
    expect(article.fields.standfirst).toBe("");
    expect(article.draft?.fields.standfirst).toBe("Typed just before publishing.");
  });

  it("merges what another server instance stored instead of overwriting it", async () => {
    const id = await draftBy(author, "Two instances");
    const a = (await loadDocument(db, id))!;
    const b = (await loadDocument(db, id))!;
    spliceText(a.doc.getText("standfirst"), "From instance A.");
    const first = await storeDocument(db, author, id, a.doc, a.version);
    expect(first.ok).toBe(true);
    spliceText(b.doc.getText("dateline"), "QUETTA");
    expect(await storeDocument(db, editor, id, b.doc, b.version)).toMatchObject({ ok: false, kind: "busy" });
    const taken = (await takeInExternalChange(db, id, b.doc, fieldsOf(a.doc)))!;
    expect(await storeDocument(db, editor, id, b.doc, taken.version)).toMatchObject({ ok: true });
    const article = (await loadEditable(db, id))!;
    expect(article.fields.standfirst).toBe("From instance A.");
    expect(article.fields.dateline).toBe("QUETTA");
  });

  it("stores nothing for someone who may no longer edit, and keeps their edits in the document", async () => {
    const id = await draftBy(contributor, "Field report");
    const loaded = (await loadDocument(db, id))!;
    const submitted = await transition(db, contributor, id, "submit");
    expect(submitted.ok).toBe(true);
    spliceText(loaded.doc.getText("title"), "Field report, revised");
    const result = await storeDocument(db, contributor, id, loaded.doc, (await loadEditable(db, id))!.version);
    expect(result).toMatchObject({ ok: false, kind: "forbidden" });
    expect((await loadEditable(db, id))!.fields.title).toBe("Field report");
    const row = await db.articleDocument.findUnique({ where: { articleId: id } });
    const kept = new Y.Doc();
    Y.applyUpdate(kept, row!.state);
    expect(fieldsOf(kept).title).toBe("Field report, revised");
  });
});
