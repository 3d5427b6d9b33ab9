import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { makeSection } from "@/lib/testing/fixtures";
import { documentFromMarkdown } from "@/lib/editor/from-markdown";
import { loadEditable } from "./editable";
import type { ArticleFields } from "./fields";
import { createDraft, publishDue, transition } from "./lifecycle";
import { diffFields, listRevisions, restoreRevision, revisionFields } from "./revisions";
import { saveArticle } from "./save";
import { discardWorkingCopy, publishWorkingCopy, undoUpdate } from "./working-copy";

const temp = createTempDatabase();
const { db } = temp;
afterAll(() => temp.cleanup());

type U = { id: string; role: "ADMIN" | "EDITOR" | "AUTHOR" | "CONTRIBUTOR" };
let contributor: U, author: U, otherAuthor: U, editor: U;
let business = "";

beforeAll(async () => {
  await makeSection(db, "world", 0);
  business = (await makeSection(db, "business", 1)).id;
  const make = async (slug: string, role: U["role"]) => ({
    id: (await db.user.create({ data: { slug, name: slug, email: `${slug}@t.test`, role } })).id,
    role,
  });
  contributor = await make("cora", "CONTRIBUTOR");
  author = await make("arun", "AUTHOR");
  otherAuthor = await make("olga", "AUTHOR");
  editor = await make("eda", "EDITOR");
});

async function fieldsOf(id: string) {
  return (await loadEditable(db, id))!.fields;
}
const body = (md: string) => documentFromMarkdown(md);

async function writeDraft(user: U, title: string): Promise<{ id: string; version: number; fields: ArticleFields }> {
  const { id } = await createDraft(db, user);
  const draft = (await loadEditable(db, id))!;
  const fields = {
    ...draft.fields,
    title,
    slug: "",
    body: body(`${title} body text.\n\n## Sub\n\nMore words here.`),
    tags: ["Trade", "New Tag"],
  };
  const saved = await saveArticle(db, user, { id, baseVersion: draft.version, fields });
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  return { id, version: saved.article.version, fields: saved.article.fields };
}

describe("saving", () => {
  it("derives the slug from the headline, creates tags on the fly and bumps the version", async () => {
    const a = await writeDraft(contributor, "Budget vote looms");
    expect(a.fields.slug).toBe("budget-vote-looms");
    expect(a.fields.tags).toEqual(["Trade", "New Tag"]);
    expect(a.version).toBe(2);
    expect(await db.tag.count({ where: { slug: "new-tag" } })).toBe(1);
  });

  it("refuses a save based on an old version and reports the current one", async () => {
    const a = await writeDraft(author, "Two desks");
    const first = await saveArticle(db, author, {
      id: a.id,
      baseVersion: a.version,
      fields: { ...a.fields, standfirst: "Mine" },
    });
    expect(first.ok).toBe(true);
    const stale = await saveArticle(db, author, {
      id: a.id,
      baseVersion: a.version,
      fields: { ...a.fields, standfirst: "Theirs" },
    });
    expect(stale).toMatchObject({ ok: false, kind: "conflict", current: { fields: { standfirst: "Mine" } } });
    expect((await fieldsOf(a.id)).standfirst).toBe("Mine");
  });

  it("refuses a taken slug and an unknown section with field errors", async () => {
    const a = await writeDraft(author, "Slug owner");
    const b = await writeDraft(author, "Slug thief");
    const result = await saveArticle(db, author, {
      id: b.id,
      baseVersion: b.version,
      fields: { ...b.fields, slug: a.fields.slug, sectionId: "nope" },
    });
    expect(result).toMatchObject({
      ok: false,
      kind: "invalid",
      errors: { slug: expect.any(String), sectionId: expect.any(String) },
    });
  });

  it("lets a contributor edit only their own drafts, and an author only their own", async () => {
    const mine = await writeDraft(contributor, "Contributor draft");
    expect(
      (await saveArticle(db, otherAuthor, { id: mine.id, baseVersion: mine.version, fields: mine.fields })).ok,
    ).toBe(false);
    await transition(db, contributor, mine.id, "submit");
    const v = (await loadEditable(db, mine.id))!.version;
    expect(
      await saveArticle(db, contributor, { id: mine.id, baseVersion: v, fields: { ...mine.fields, title: "Changed" } }),
    ).toMatchObject({ ok: false, kind: "forbidden" });
    expect(
      (await saveArticle(db, editor, { id: mine.id, baseVersion: v, fields: { ...mine.fields, title: "Edited" } })).ok,
    ).toBe(true);
  });

  it("coalesces one person's saves within five minutes into one revision", async () => {
    const a = await writeDraft(author, "Many saves");
    let version = a.version;
    for (const s of ["one", "two", "three"]) {
      const r = await saveArticle(db, author, {
        id: a.id,
        baseVersion: version,
        fields: { ...a.fields, standfirst: s },
      });
      if (r.ok) version = r.article.version;
    }
    const later = new Date(Date.now() + 6 * 60_000);
    await saveArticle(
      db,
      author,
      { id: a.id, baseVersion: version, fields: { ...a.fields, standfirst: "four" } },
      later,
    );
    expect((await listRevisions(db, a.id)).filter((r) => r.reason === "save")).toHaveLength(2);
  });
});

describe("lifecycle", () => {
  it("takes a contributor's story through review to publication by an editor", async () => {
    const a = await writeDraft(contributor, "Reviewed story");
    expect((await transition(db, contributor, a.id, "publish")).ok).toBe(false);
    expect((await transition(db, contributor, a.id, "submit")).ok).toBe(true);
    const published = await transition(db, editor, a.id, "publish");
    expect(published).toMatchObject({ ok: true, article: { status: "PUBLISHED" } });
    expect(published.ok && published.article.publishedAt).toBeTruthy();
    expect((await listRevisions(db, a.id)).map((r) => r.reason)).toEqual(expect.arrayContaining(["submit", "publish"]));
  });

  it("lets a writer withdraw a submission until someone outside the byline has changed it", async () => {
    const a = await writeDraft(contributor, "Withdrawn story");
    expect((await transition(db, contributor, a.id, "submit")).ok).toBe(true);
    expect((await transition(db, otherAuthor, a.id, "withdraw")).ok).toBe(false);
    expect(await transition(db, contributor, a.id, "withdraw")).toMatchObject({
      ok: true,
      article: { status: "DRAFT" },
    });
    expect((await transition(db, contributor, a.id, "submit")).ok).toBe(true);
    const inReview = (await loadEditable(db, a.id))!;
    const edited = await saveArticle(db, editor, {
      id: a.id,
      baseVersion: inReview.version,
      fields: { ...inReview.fields, standfirst: "Trimmed by the desk" },
    });
    expect(edited.ok).toBe(true);
    expect(await transition(db, contributor, a.id, "withdraw")).toEqual({
      ok: false,
      message: "An editor has started on this story: ask them to return it to you.",
    });
  });

  it("lets an author publish their own story but not another's", async () => {
    const mine = await writeDraft(author, "Author's own");
    const theirs = await writeDraft(otherAuthor, "Someone else's");
    expect((await transition(db, author, mine.id, "publish")).ok).toBe(true);
    expect(await transition(db, author, theirs.id, "publish")).toEqual({
      ok: false,
      message: "You don’t have permission to do that.",
    });
  });

  it("keeps edits to a published story from readers until Update, which marks it updated and records a redirect", async () => {
    const a = await writeDraft(author, "Moving story");
    await transition(db, author, a.id, "publish");
    const current = (await loadEditable(db, a.id))!;
    expect(current.revisedAt).toBeNull();
    const saved = await saveArticle(db, author, {
      id: a.id,
      baseVersion: current.version,
      fields: { ...current.fields, slug: "moved-story", sectionId: business, title: "Moved story" },
    });
    expect(saved).toMatchObject({ ok: true, staged: true });
    // Readers' copy is untouched: same headline, no "Updated", no redirect yet.
    const staged = (await loadEditable(db, a.id))!;
    expect(staged.fields.title).toBe("Moving story");
    expect(staged.draft?.fields.title).toBe("Moved story");
    expect(staged.revisedAt).toBeNull();
    expect(await db.redirect.findUnique({ where: { fromPath: "/world/moving-story" } })).toBeNull();

    expect(await publishWorkingCopy(db, contributor, a.id)).toMatchObject({ ok: false });
    const updated = await publishWorkingCopy(db, author, a.id);
    expect(updated).toMatchObject({ ok: true, article: { draft: null, fields: { title: "Moved story" } } });
    expect(updated.ok && updated.article.revisedAt).toBeTruthy();
    expect(await db.redirect.findUnique({ where: { fromPath: "/world/moving-story" } })).toMatchObject({
      toPath: "/business/moved-story",
      statusCode: 308,
    });
    const again = (await loadEditable(db, a.id))!;
    await saveArticle(db, author, {
      id: a.id,
      baseVersion: again.version,
      fields: { ...again.fields, slug: "moved-again" },
    });
    await publishWorkingCopy(db, author, a.id);
    // No chains: the first URL now points straight at the latest.
    expect(await db.redirect.findUnique({ where: { fromPath: "/world/moving-story" } })).toMatchObject({
      toPath: "/business/moved-again",
    });
    expect((await listRevisions(db, a.id)).map((r) => r.reason)).toContain("update");
  });

  it("Update and notify publishes the fixed text and its correction in one step, tied to the update's revision", async () => {
    const a = await writeDraft(author, "Bridge reopens on Tuesday");
    await transition(db, author, a.id, "publish");
    const live = (await loadEditable(db, a.id))!;
    await saveArticle(db, author, {
      id: a.id,
      baseVersion: live.version,
      fields: { ...live.fields, title: "Bridge reopens on Wednesday" },
    });
    const note = "An earlier version gave the wrong day for the reopening.";
    const updated = await publishWorkingCopy(db, editor, a.id, new Date(), note);
    expect(updated).toMatchObject({
      ok: true,
      article: { draft: null, fields: { title: "Bridge reopens on Wednesday" } },
    });
    const corrections = await db.correction.findMany({ where: { articleId: a.id } });
    expect(corrections.map((c) => c.text)).toEqual([note]);
    const newest = await db.revision.findFirst({ where: { articleId: a.id }, orderBy: { createdAt: "desc" } });
    expect(newest?.reason).toBe("update");
    expect(corrections[0]?.revisionId).toBe(newest?.id);

    // A scheduled story has no readers yet, so there is nobody to notify: refused, nothing written.
    const later = await writeDraft(author, "Ferry timetable changes");
    await transition(db, author, later.id, "schedule", { at: new Date(Date.now() + 86_400_000) });
    const scheduled = (await loadEditable(db, later.id))!;
    await saveArticle(db, author, {
      id: later.id,
      baseVersion: scheduled.version,
      fields: { ...scheduled.fields, title: "Ferry timetable changes again" },
    });
    expect(await publishWorkingCopy(db, editor, later.id, new Date(), note)).toEqual({
      ok: false,
      message: "Corrections are for published articles.",
    });
    expect((await loadEditable(db, later.id))!.draft?.fields.title).toBe("Ferry timetable changes again");
    expect(await db.correction.count({ where: { articleId: later.id } })).toBe(0);
  });

  it("undoes an Update exactly: readers get the replaced version back, the edits return to the working copy", async () => {
    const a = await writeDraft(author, "Harbour fees rise");
    await transition(db, author, a.id, "publish");
    const live = (await loadEditable(db, a.id))!;
    await saveArticle(db, author, {
      id: a.id,
      baseVersion: live.version,
      fields: { ...live.fields, title: "Harbour fees double", slug: "harbour-fees-double" },
    });
    expect(await publishWorkingCopy(db, editor, a.id)).toMatchObject({ ok: true });
    expect(await undoUpdate(db, contributor, a.id)).toMatchObject({ ok: false });

    const undone = await undoUpdate(db, editor, a.id);
    expect(undone).toMatchObject({
      ok: true,
      article: {
        fields: { title: "Harbour fees rise", slug: "harbour-fees-rise" },
        draft: { fields: { title: "Harbour fees double" } },
      },
    });
    // The address readers had is live again; the update's address leads back to it.
    expect(await db.redirect.findUnique({ where: { fromPath: "/world/harbour-fees-rise" } })).toBeNull();
    expect(await db.redirect.findUnique({ where: { fromPath: "/world/harbour-fees-double" } })).toMatchObject({
      toPath: "/world/harbour-fees-rise",
    });
    expect((await listRevisions(db, a.id)).slice(0, 3).map((r) => r.reason)).toEqual([
      "undo-update",
      "update",
      "replaced",
    ]);
    // Once undone (or edited since), there is no update left to undo.
    expect(await undoUpdate(db, editor, a.id)).toMatchObject({
      ok: false,
      message: expect.stringContaining("changed since"),
    });
  });

  it("discards a working copy back to what readers see, keeping the discarded text as a revision", async () => {
    const a = await writeDraft(author, "Discarded edits");
    await transition(db, author, a.id, "publish");
    const live = (await loadEditable(db, a.id))!;
    const saved = await saveArticle(db, author, {
      id: a.id,
      baseVersion: live.version,
      fields: { ...live.fields, standfirst: "A standfirst nobody wanted" },
    });
    expect(saved.ok && saved.article.draft?.fields.standfirst).toBe("A standfirst nobody wanted");
    const discarded = await discardWorkingCopy(db, author, a.id);
    expect(discarded).toMatchObject({
      ok: true,
      article: { draft: null, fields: { standfirst: live.fields.standfirst } },
    });
    const [newest] = await listRevisions(db, a.id);
    expect(newest?.reason).toBe("discard");
    expect((await revisionFields(db, a.id, newest!.id))?.standfirst).toBe("A standfirst nobody wanted");
  });

  it("folds the working copy into the story when it leaves readers' sight", async () => {
    const a = await writeDraft(author, "Pulled story");
    await transition(db, author, a.id, "publish");
    const live = (await loadEditable(db, a.id))!;
    await saveArticle(db, author, {
      id: a.id,
      baseVersion: live.version,
      fields: { ...live.fields, title: "Pulled, then fixed" },
    });
    expect((await transition(db, author, a.id, "unpublish")).ok).toBe(true);
    const draft = (await loadEditable(db, a.id))!;
    expect(draft).toMatchObject({ status: "DRAFT", draft: null, fields: { title: "Pulled, then fixed" } });
    // The status change's revision holds the desk's text, not the version readers had.
    const [unpublished] = await listRevisions(db, a.id);
    expect(unpublished?.reason).toBe("unpublish");
    expect((await revisionFields(db, a.id, unpublished!.id))?.title).toBe("Pulled, then fixed");
  });

  it("schedules only in the future, and publishDue publishes each due story once", async () => {
    const a = await writeDraft(author, "Scheduled story");
    expect((await transition(db, author, a.id, "schedule", { at: new Date(Date.now() - 1000) })).ok).toBe(false);
    const at = new Date(Date.now() + 60_000);
    expect((await transition(db, author, a.id, "schedule", { at })).ok).toBe(true);
    expect(await publishDue(db)).toHaveLength(0);
    const [first, second] = await Promise.all([
      publishDue(db, new Date(at.getTime() + 1)),
      publishDue(db, new Date(at.getTime() + 1)),
    ]);
    expect([...first!, ...second!].map((x) => x.id)).toEqual([a.id]);
    expect((await loadEditable(db, a.id))!.publishedAt).toBe(at.toISOString());
    expect(await db.auditEvent.count({ where: { action: "article.publish-scheduled", entityId: a.id } })).toBe(1);
  });

  it("sends trashed stories to the trash, where only an editor restores them", async () => {
    const a = await writeDraft(author, "Trash me");
    expect((await transition(db, author, a.id, "trash")).ok).toBe(true);
    expect(
      (
        await saveArticle(db, author, {
          id: a.id,
          baseVersion: (await loadEditable(db, a.id))!.version,
          fields: a.fields,
        })
      ).ok,
    ).toBe(false);
    expect((await transition(db, author, a.id, "restore")).ok).toBe(false);
    expect((await transition(db, editor, a.id, "restore")).ok).toBe(true);
  });
});

describe("revisions", () => {
  it("diffs two revisions word by word and restores one as a new version", async () => {
    const a = await writeDraft(author, "Original headline");
    const later = new Date(Date.now() + 10 * 60_000);
    const changed = await saveArticle(
      db,
      author,
      { id: a.id, baseVersion: a.version, fields: { ...a.fields, title: "Rewritten headline" } },
      later,
    );
    expect(changed.ok).toBe(true);
    const revisions = await listRevisions(db, a.id);
    const [newest, oldest] = [revisions[0]!, revisions[revisions.length - 1]!];
    const diff = diffFields((await revisionFields(db, a.id, oldest.id))!, (await revisionFields(db, a.id, newest.id))!);
    expect(diff.find((d) => d.field === "Headline")?.parts).toEqual(
      expect.arrayContaining([
        { value: "Original", removed: true },
        { value: "Rewritten", added: true },
      ]),
    );
    const current = (await loadEditable(db, a.id))!;
    const restored = await restoreRevision(
      db,
      author,
      { articleId: a.id, revisionId: oldest.id, baseVersion: current.version },
      new Date(later.getTime() + 60_000),
    );
    expect(restored).toMatchObject({ ok: true, article: { fields: { title: "Original headline" } } });
    expect((await listRevisions(db, a.id))[0]?.reason).toBe("revert");

    // The restore names the revision holding the text it replaced; restoring that undoes it.
    if (!restored.ok || !("undo" in restored) || !restored.undo) throw new Error("no undo for the restore");
    expect((await revisionFields(db, a.id, restored.undo))?.title).toBe("Rewritten headline");
    const undone = await restoreRevision(db, author, {
      articleId: a.id,
      revisionId: restored.undo,
      baseVersion: restored.article.version,
    });
    expect(undone).toMatchObject({ ok: true, article: { fields: { title: "Rewritten headline" } } });
  });

  it("keeps text no revision held before a restore replaces it", async () => {
    const a = await writeDraft(author, "Kept before restore");
    const oldest = (await listRevisions(db, a.id)).at(-1)!;
    // A write that leaves no revision of its own (as the shared document's store can do).
    await db.article.update({ where: { id: a.id }, data: { title: "Text only the story row held" } });
    const current = (await loadEditable(db, a.id))!;
    const restored = await restoreRevision(db, author, {
      articleId: a.id,
      revisionId: oldest.id,
      baseVersion: current.version,
    });
    if (!restored.ok || !("undo" in restored) || !restored.undo) throw new Error("no undo for the restore");
    expect((await revisionFields(db, a.id, restored.undo))?.title).toBe("Text only the story row held");
    expect((await listRevisions(db, a.id)).map((r) => r.reason).slice(0, 2)).toEqual(["revert", "kept"]);
  });
});

describe("history", () => {
  it("never folds a select-all-and-type into the revision that holds the text it replaced", async () => {
    const a = await writeDraft(author, "Select all");
    const full = body(`${"A long paragraph the reporter wrote with care. ".repeat(30)}`);
    const saved = await saveArticle(db, author, {
      id: a.id,
      baseVersion: a.version,
      fields: { ...a.fields, body: full },
    });
    if (!saved.ok) throw new Error("save failed");
    const x = await saveArticle(db, author, {
      id: a.id,
      baseVersion: saved.article.version,
      fields: { ...saved.article.fields, body: body("x") },
    });
    expect(x.ok).toBe(true);
    const revisions = await listRevisions(db, a.id);
    const bodies = await Promise.all(revisions.map(async (r) => (await revisionFields(db, a.id, r.id))!.body));
    expect(bodies.map((b) => JSON.stringify(b))).toContain(JSON.stringify(full));
  });
});
