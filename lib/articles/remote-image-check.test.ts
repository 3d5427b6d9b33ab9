import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentFromMarkdown } from "@/lib/editor/from-markdown";
import type { ArticleDocument } from "@/lib/editor/document";
import { makeSection } from "@/lib/testing/fixtures";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { loadEditable } from "./editable";
import { createDraft, transition } from "./lifecycle";
import { saveArticle } from "./save";
import { publishWorkingCopy } from "./working-copy";

// A picture pasted from another site that could not be imported stays in the story as a
// placeholder: it is saved like anything else, but nothing goes to readers while it is there.

const temp = createTempDatabase();
const { db } = temp;
afterAll(() => temp.cleanup());

let author: { id: string; role: "AUTHOR" };
beforeAll(async () => {
  await makeSection(db, "world", 0);
  author = {
    id: (await db.user.create({ data: { slug: "ana", name: "Ana", email: "ana@t.test", role: "AUTHOR" } })).id,
    role: "AUTHOR",
  };
});

const PASTED = "https://images.example.org/harbour.jpg";
const withPasted = (doc: ArticleDocument): ArticleDocument => ({
  ...doc,
  content: [...doc.content, { type: "image", attrs: { src: PASTED, alt: "The harbour", caption: "", credit: "" } }],
});

async function save(id: string, change: (body: ArticleDocument) => ArticleDocument) {
  const current = (await loadEditable(db, id))!;
  const fields = current.draft?.fields ?? current.fields;
  const saved = await saveArticle(db, author, {
    id,
    baseVersion: current.version,
    fields: { ...fields, body: change(fields.body) },
  });
  expect(saved).toMatchObject({ ok: true });
}

describe("a pasted image not in the media library", () => {
  it("is saved in a draft, but publishing and scheduling are refused, naming where it is from, until it is gone", async () => {
    const { id } = await createDraft(db, author);
    const draft = (await loadEditable(db, id))!;
    const body = documentFromMarkdown("The harbour reopened on Monday.");
    const saved = await saveArticle(db, author, {
      id,
      baseVersion: draft.version,
      fields: { ...draft.fields, title: "Harbour reopens", slug: "", body: withPasted(body) },
    });
    expect(saved).toMatchObject({ ok: true });
    const message =
      "The image pasted from images.example.org is not in the media library: import it again, replace it with a library image, or remove it before the story goes live.";
    expect(await transition(db, author, id, "publish")).toEqual({ ok: false, message });
    expect(await transition(db, author, id, "schedule", { at: new Date(Date.now() + 3_600_000) })).toEqual({
      ok: false,
      message,
    });
    await save(id, () => body);
    expect(await transition(db, author, id, "publish")).toMatchObject({ ok: true, article: { status: "PUBLISHED" } });
  });

  it("pasted into a live story, is kept in the working copy but refused by Update until it is removed", async () => {
    const { id } = await createDraft(db, author);
    const draft = (await loadEditable(db, id))!;
    const body = documentFromMarkdown("The bridge opened.");
    await saveArticle(db, author, {
      id,
      baseVersion: draft.version,
      fields: { ...draft.fields, title: "Bridge opens", slug: "", body },
    });
    expect(await transition(db, author, id, "publish")).toMatchObject({ ok: true });
    await save(id, withPasted);
    expect((await loadEditable(db, id))!.draft?.fields.body.content).toHaveLength(2);
    expect(await publishWorkingCopy(db, author, id)).toEqual({
      ok: false,
      message:
        "The image pasted from images.example.org is not in the media library: import it again, replace it with a library image, or remove it before updating.",
    });
    expect((await loadEditable(db, id))!.fields.body).toEqual(body);
    await save(id, (b) => ({
      ...b,
      content: [...b.content.slice(0, 1), { type: "paragraph", content: [{ type: "text", text: "More." }] }],
    }));
    expect(await publishWorkingCopy(db, author, id)).toMatchObject({ ok: true });
  });
});
