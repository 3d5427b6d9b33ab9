import { expect, test } from "@playwright/test";
import { mayEdit, mayPublish, mayView } from "@/lib/articles/access";
import { can } from "@/lib/auth/permissions";
import {
  CALLERS,
  call,
  cookieOf,
  count,
  deskUser,
  label,
  one,
  paragraph,
  submit,
  succeeded,
} from "./support/desk-matrix";
import {
  access,
  adminImage,
  demoAuthorId,
  draft,
  editAs,
  FILES,
  foreignPublished,
  tag,
} from "./support/matrix-fixtures";

// Every article action, called over HTTP by nobody and by each role on a story that belongs to
// someone else (and, where ownership matters, on their own): each answer and each stored change
// agrees with lib/auth/permissions.ts and lib/articles/access.ts.

test.describe.configure({ mode: "serial" });

const userOf = (who: (typeof CALLERS)[number]) => (who ? deskUser(who) : null);

test("a new draft is created only for those who may create one", async ({ baseURL }) => {
  for (const who of CALLERS) {
    const user = userOf(who);
    const before = count("SELECT COUNT(*) AS n FROM Article");
    const made = await submit(baseURL!, FILES.articles, "createArticleAction", {}, cookieOf(who));
    const allowed = user ? can(user.role, "article:create") : false;
    expect(succeeded(made), `${label(who)} creates`).toBe(allowed);
    expect(count("SELECT COUNT(*) AS n FROM Article"), `${label(who)}'s draft stored`).toBe(before + (allowed ? 1 : 0));
    if (allowed) expect(access(made.redirect!.split("/").pop()!).authorIds).toEqual([user!.id]);
  }
});

test("saving, noting, previewing, restoring and submitting another's story by id follow the matrix", async ({
  baseURL,
}) => {
  const owner = demoAuthorId();
  for (const who of CALLERS) {
    const user = userOf(who);
    const id = await draft(baseURL!, `Matrix ${tag(label(who))} story`, [owner]);
    const info = access(id);
    const cookie = cookieOf(who);

    const standfirst = `Changed by ${label(who)}`;
    const savedAs = await editAs(baseURL!, who, id, { standfirst });
    const mayChange = user ? mayEdit(user, info) : false;
    expect(succeeded(savedAs), `${label(who)} saves`).toBe(mayChange);
    if (!who) expect(savedAs.result.kind).toBe("unauthenticated");
    expect(
      one<{ standfirst: string }>("SELECT standfirst FROM Article WHERE id = ?", id)!.standfirst === standfirst,
      `${label(who)}'s save stored`,
    ).toBe(mayChange);

    // What the editor shows around the shared document: only for those who may open the story.
    const state = await call(baseURL!, FILES.article, "editorStateAction", { id }, cookie, id);
    expect(succeeded(state), `${label(who)} reads the editor's state`).toBe(user ? mayView(user, info) : false);
    const shown = state.result.article as { fields?: { title?: string } } | undefined;
    expect(typeof shown?.fields?.title === "string", `${label(who)} is shown the story`).toBe(succeeded(state));

    // Desk notes: whoever may open the story may add one; nobody else, and nothing stored.
    const noteText = `A desk note from ${label(who)}`;
    const noted = await call(baseURL!, FILES.article, "addNoteAction", { id, text: noteText }, cookie, id);
    expect(succeeded(noted), `${label(who)} adds a note`).toBe(user ? mayView(user, info) : false);
    expect(
      count("SELECT COUNT(*) AS n FROM StoryNote WHERE articleId = ? AND text = ?", id, noteText),
      `${label(who)}'s note stored`,
    ).toBe(succeeded(noted) ? 1 : 0);

    const preview = await call(baseURL!, FILES.article, "previewLinkAction", { id }, cookie, id);
    expect(succeeded(preview), `${label(who)} gets a preview link`).toBe(user ? mayView(user, info) : false);
    expect(typeof preview.result.url === "string").toBe(succeeded(preview));

    // One person's saves within minutes share a revision: a save by someone else makes the
    // editor's revision differ from the story as it is now.
    await editAs(baseURL!, "admin", id, { standfirst: `Edited again for ${label(who)}` });
    const editors = one<{ id: string }>(
      "SELECT id FROM Revision WHERE articleId = ? AND authorId = ? ORDER BY createdAt DESC LIMIT 1",
      id,
      deskUser("editor").id,
    )!.id;
    const version = one<{ version: number }>("SELECT version FROM Article WHERE id = ?", id)!.version;
    const restored = await submit(
      baseURL!,
      FILES.revisions,
      "restoreRevisionAction",
      { articleId: id, revisionId: editors, baseVersion: String(version) },
      cookie,
      id,
    );
    expect(succeeded(restored), `${label(who)} restores a revision: ${restored.result.message ?? ""}`).toBe(mayChange);
    expect(
      one<{ version: number }>("SELECT version FROM Article WHERE id = ?", id)!.version > version,
      `${label(who)}'s restore stored`,
    ).toBe(mayChange);

    // Put a headline and text back, so that submitting has something to submit.
    await editAs(baseURL!, "editor", id, {
      title: `Matrix ${tag(label(who))} story`,
      body: paragraph("Back to a full story."),
    });
    const submitted = await call(baseURL!, FILES.article, "transitionAction", { id, transition: "submit" }, cookie, id);
    expect(succeeded(submitted), `${label(who)} submits`).toBe(mayChange);
    expect(access(id).status === "IN_REVIEW", `${label(who)}'s submission stored`).toBe(mayChange);
  }
});

test("corrections, breaking news and the featured image's description on another's story follow the matrix", async ({
  baseURL,
}) => {
  const story = foreignPublished(0);
  const owner = demoAuthorId();
  for (const who of CALLERS) {
    const user = userOf(who);
    const cookie = cookieOf(who);
    const info = access(story);

    const text = `Matrix ${tag(label(who))}: an earlier version gave the wrong date.`;
    const corrected = await call(baseURL!, FILES.article, "addCorrectionAction", { id: story, text }, cookie, story);
    const mayCorrect = user ? mayPublish(user, info) : false;
    expect(succeeded(corrected), `${label(who)} adds a correction`).toBe(mayCorrect);
    expect(
      count("SELECT COUNT(*) AS n FROM Correction WHERE articleId = ? AND text = ?", story, text),
      `${label(who)}'s correction stored`,
    ).toBe(mayCorrect ? 1 : 0);

    const marked = await call(
      baseURL!,
      FILES.breaking,
      "breakingAction",
      { id: story, breaking: true, until: null },
      cookie,
      story,
    );
    const mayBreak = user ? can(user.role, "article:publish-any") : false;
    expect(succeeded(marked), `${label(who)} marks it breaking`).toBe(mayBreak);
    expect(
      one<{ breaking: number }>("SELECT breaking FROM Article WHERE id = ?", story)!.breaking === 1,
      `${label(who)}'s alert stored`,
    ).toBe(mayBreak);
    if (mayBreak) {
      const cleared = await call(
        baseURL!,
        FILES.breaking,
        "breakingAction",
        { id: story, breaking: false, until: null },
        cookieOf("editor"),
        story,
      );
      expect(cleared.result.ok).toBe(true);
    }

    const image = await adminImage(baseURL!, `matrix-${tag(label(who))}-featured`);
    const pictured = await draft(baseURL!, `Matrix ${tag(label(who))} pictured`, [owner], { featuredImageId: image });
    const alt = `A harbour crane at dusk, described by ${label(who)}`;
    const described = await call(
      baseURL!,
      FILES.article,
      "describeFeaturedImageAction",
      { id: pictured, alt, decorative: false },
      cookie,
      pictured,
    );
    const mayDescribe = user ? mayPublish(user, access(pictured)) : false;
    expect(succeeded(described), `${label(who)} describes the featured image`).toBe(mayDescribe);
    expect(
      one<{ alt: string }>("SELECT alt FROM Media WHERE id = ?", image)!.alt === alt,
      `${label(who)}'s description stored`,
    ).toBe(mayDescribe);
  }
});

test("updating readers' copy of another's published story, undoing that, and discarding its working copy, follow the matrix", async ({
  baseURL,
}) => {
  const story = foreignPublished(1);
  const staged = () => count("SELECT COUNT(*) AS n FROM ArticleWorkingCopy WHERE articleId = ?", story);
  for (const who of CALLERS) {
    const user = userOf(who);
    const cookie = cookieOf(who);
    const info = access(story);

    const standfirst = `Staged by the matrix for ${label(who)}`;
    await editAs(baseURL!, "admin", story, { standfirst });
    expect(staged(), "the administrator's edit waits in the working copy").toBe(1);
    const updated = await call(baseURL!, FILES.article, "updateArticleAction", { id: story }, cookie, story);
    const mayUpdate = user ? mayPublish(user, info) : false;
    expect(succeeded(updated), `${label(who)} updates`).toBe(mayUpdate);
    expect(
      one<{ standfirst: string }>("SELECT standfirst FROM Article WHERE id = ?", story)!.standfirst === standfirst,
      `${label(who)}'s update reached readers`,
    ).toBe(mayUpdate);

    // The undo of an update (made by the administrator where the caller may not update).
    if (!mayUpdate) await call(baseURL!, FILES.article, "updateArticleAction", { id: story }, cookieOf("admin"), story);
    const undone = await call(baseURL!, FILES.article, "undoUpdateAction", { id: story }, cookie, story);
    expect(succeeded(undone), `${label(who)} undoes the update`).toBe(mayUpdate);
    expect(
      one<{ standfirst: string }>("SELECT standfirst FROM Article WHERE id = ?", story)!.standfirst === standfirst,
      `${label(who)}'s undo reached readers`,
    ).toBe(!mayUpdate);

    await editAs(baseURL!, "admin", story, { standfirst: `${standfirst}, then discarded` });
    const discarded = await call(baseURL!, FILES.article, "discardChangesAction", { id: story }, cookie, story);
    const mayDiscard = user ? mayEdit(user, info) : false;
    expect(succeeded(discarded), `${label(who)} discards`).toBe(mayDiscard);
    expect(staged(), `${label(who)}'s discard stored`).toBe(mayDiscard ? 0 : 1);
    if (!mayDiscard)
      await call(baseURL!, FILES.article, "discardChangesAction", { id: story }, cookieOf("admin"), story);
  }
});

test("live coverage on another's story, and on one's own, follows the matrix", async ({ baseURL }) => {
  const owner = demoAuthorId();
  const editor = cookieOf("editor");
  for (const who of CALLERS) {
    const user = userOf(who);
    const cookie = cookieOf(who);
    const id = await draft(baseURL!, `Matrix ${tag(label(who))} live`, [owner]);
    const allowed = user ? mayPublish(user, access(id)) : false;
    const isLive = () =>
      one<{ live: number; liveEndedAt: string | null }>("SELECT live, liveEndedAt FROM Article WHERE id = ?", id)!;

    const started = await call(baseURL!, FILES.live, "startCoverageAction", { articleId: id }, cookie, id);
    expect(succeeded(started), `${label(who)} starts coverage`).toBe(allowed);
    expect(isLive().live === 1, `${label(who)}'s start stored`).toBe(allowed);
    if (!allowed)
      expect((await call(baseURL!, FILES.live, "startCoverageAction", { articleId: id }, editor, id)).result.ok).toBe(
        true,
      );

    const title = `Matrix ${tag(label(who))} update`;
    const added = await call(
      baseURL!,
      FILES.live,
      "addUpdateAction",
      { articleId: id, title, keyEvent: false, body: paragraph("Crews reached the bridge.") },
      cookie,
      id,
    );
    expect(succeeded(added), `${label(who)} posts an update`).toBe(allowed);
    expect(
      count("SELECT COUNT(*) AS n FROM LiveUpdate WHERE articleId = ? AND title = ?", id, title),
      `${label(who)}'s update stored`,
    ).toBe(allowed ? 1 : 0);

    const editorTitle = `Matrix ${tag(label(who))} editor's update`;
    expect(
      (
        await call(
          baseURL!,
          FILES.live,
          "addUpdateAction",
          { articleId: id, title: editorTitle, keyEvent: false, body: paragraph("Officials spoke.") },
          editor,
          id,
        )
      ).result.ok,
    ).toBe(true);
    const update = one<{ id: string }>(
      "SELECT id FROM LiveUpdate WHERE articleId = ? AND title = ?",
      id,
      editorTitle,
    )!.id;

    // The story is not published: its live feed exposes nothing, whoever asks.
    const feed = await fetch(`${baseURL}/api/live/${id}`, { headers: cookie ? { cookie } : {} });
    expect(feed.status, `${label(who)} reads the unpublished feed`).toBe(404);
    expect(await feed.text()).not.toContain(editorTitle);

    const keyed = await call(baseURL!, FILES.live, "keyEventAction", { updateId: update, keyEvent: true }, cookie, id);
    expect(succeeded(keyed), `${label(who)} pins a key event`).toBe(allowed);
    expect(one<{ keyEvent: number }>("SELECT keyEvent FROM LiveUpdate WHERE id = ?", update)!.keyEvent === 1).toBe(
      allowed,
    );

    const deleted = await call(baseURL!, FILES.live, "deleteUpdateAction", { updateId: update }, cookie, id);
    expect(succeeded(deleted), `${label(who)} deletes an update`).toBe(allowed);
    expect(count("SELECT COUNT(*) AS n FROM LiveUpdate WHERE id = ?", update), `${label(who)}'s deletion stored`).toBe(
      allowed ? 0 : 1,
    );

    const ended = await call(baseURL!, FILES.live, "endCoverageAction", { articleId: id }, cookie, id);
    expect(succeeded(ended), `${label(who)} ends coverage`).toBe(allowed);
    expect(isLive().liveEndedAt !== null, `${label(who)}'s end stored`).toBe(allowed);
  }

  // Ownership: on their own story an author may post updates, a contributor still may not.
  for (const who of ["contributor", "author"] as const) {
    const user = deskUser(who);
    const id = await draft(baseURL!, `Matrix ${tag(who)} own live`, [user.id]);
    expect((await call(baseURL!, FILES.live, "startCoverageAction", { articleId: id }, editor, id)).result.ok).toBe(
      true,
    );
    const title = `Matrix ${tag(who)} own update`;
    const added = await call(
      baseURL!,
      FILES.live,
      "addUpdateAction",
      { articleId: id, title, keyEvent: true, body: paragraph("From the scene.") },
      cookieOf(who),
      id,
    );
    const allowed = mayPublish(user, access(id));
    expect(succeeded(added), `${who} posts on their own story`).toBe(allowed);
    expect(count("SELECT COUNT(*) AS n FROM LiveUpdate WHERE title = ?", title)).toBe(allowed ? 1 : 0);
  }
});
