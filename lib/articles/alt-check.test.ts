import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { makeSection } from "@/lib/testing/fixtures";
import { documentFromMarkdown } from "@/lib/editor/from-markdown";
import type { ArticleDocument } from "@/lib/editor/document";
import { applyAltText } from "@/lib/media/alt-text";
import { MISSING_ALT_MESSAGE } from "./alt-check";
import { loadEditable } from "./editable";
import { createDraft, transition } from "./lifecycle";
import { saveArticle } from "./save";

// The server's own check that nothing goes live with an image nobody described.

const temp = createTempDatabase();
const { db } = temp;
afterAll(() => temp.cleanup());

let author: { id: string; role: "AUTHOR" };
let photoId = "";
const hash = "b".repeat(32);
const photoSrc = `/media/${hash}.jpg`;

beforeAll(async () => {
  await makeSection(db, "world", 0);
  author = {
    id: (await db.user.create({ data: { slug: "arun", name: "Arun", email: "arun@t.test", role: "AUTHOR" } })).id,
    role: "AUTHOR",
  };
  photoId = (
    await db.media.create({
      data: {
        storageKey: `${hash}.jpg`,
        originalName: "harbour.jpg",
        mimeType: "image/jpeg",
        size: 100,
        width: 1600,
        height: 1000,
      },
    })
  ).id;
});

const withImage = (alt = "", decorative?: boolean): ArticleDocument => {
  const doc = documentFromMarkdown("The harbour reopened on Monday after the storm.");
  return {
    ...doc,
    content: [
      ...doc.content,
      {
        type: "image",
        attrs: {
          src: photoSrc,
          alt,
          caption: "",
          credit: "",
          width: 1600,
          height: 1000,
          mediaId: photoId,
          ...(decorative ? { decorative } : {}),
        },
      },
    ],
  };
};

async function draft(title: string, body: ArticleDocument, featuredImageId: string | null = null) {
  const { id } = await createDraft(db, author);
  const fresh = (await loadEditable(db, id))!;
  const saved = await saveArticle(db, author, {
    id,
    baseVersion: fresh.version,
    fields: { ...fresh.fields, title, slug: "", body, featuredImageId },
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  return saved.article;
}

describe("the alt text check on publishing", () => {
  it("refuses to publish or schedule a story with an undescribed body image, saying which", async () => {
    const a = await draft("Harbour reopens", withImage());
    const refused = await transition(db, author, a.id, "publish");
    expect(refused).toEqual({
      ok: false,
      message: MISSING_ALT_MESSAGE,
      missingAlt: [{ kind: "body", src: photoSrc, index: 0, path: [1] }],
    });
    expect((await transition(db, author, a.id, "schedule", { at: new Date(Date.now() + 3_600_000) })).ok).toBe(false);
    expect((await loadEditable(db, a.id))!.status).toBe("DRAFT");

    const described = applyAltText(a.fields.body, [
      { path: [1], alt: "Fishing boats back at their moorings", decorative: false },
    ]);
    const saved = await saveArticle(db, author, {
      id: a.id,
      baseVersion: a.version,
      fields: { ...a.fields, body: described },
    });
    expect(saved.ok).toBe(true);
    expect(await transition(db, author, a.id, "publish")).toMatchObject({ ok: true, article: { status: "PUBLISHED" } });
  });

  it("takes an explicit decorative mark as an answer", async () => {
    const a = await draft("Harbour ornament", withImage("", true));
    expect((await transition(db, author, a.id, "publish")).ok).toBe(true);
  });

  it("asks about the featured image too, whose description is the library's", async () => {
    const a = await draft("Harbour pictured", documentFromMarkdown("Words about the harbour."), photoId);
    expect(await transition(db, author, a.id, "publish")).toMatchObject({
      ok: false,
      missingAlt: [{ kind: "featured", src: photoSrc }],
    });
    await db.media.update({ where: { id: photoId }, data: { alt: "The harbour wall at low tide" } });
    expect((await transition(db, author, a.id, "publish")).ok).toBe(true);
    await db.media.update({ where: { id: photoId }, data: { alt: "" } });
  });

  it("refuses a save that would put a new undescribed image on a live story, and keeps older ones editable", async () => {
    const a = await draft("Harbour live", documentFromMarkdown("A live story about the harbour."));
    const live = await transition(db, author, a.id, "publish");
    if (!live.ok) throw new Error(live.message);
    const refused = await saveArticle(db, author, {
      id: a.id,
      baseVersion: live.article.version,
      fields: { ...live.article.fields, body: withImage() },
    });
    expect(refused).toMatchObject({
      ok: false,
      kind: "invalid",
      errors: { body: expect.stringContaining("describe the new image") },
    });
    expect(
      (
        await saveArticle(db, author, {
          id: a.id,
          baseVersion: live.article.version,
          fields: { ...live.article.fields, featuredImageId: photoId },
        })
      ).ok,
    ).toBe(false);

    // A story that went live before the check (here: written straight to the database) stays editable.
    await db.article.update({ where: { id: a.id }, data: { body: JSON.stringify(withImage()) } });
    const legacy = (await loadEditable(db, a.id))!;
    const edited = await saveArticle(db, author, {
      id: a.id,
      baseVersion: legacy.version,
      fields: { ...legacy.fields, title: "Harbour live, updated" },
    });
    expect(edited.ok).toBe(true);
  });
});
