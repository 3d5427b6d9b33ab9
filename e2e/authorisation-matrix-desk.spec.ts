import { expect, test } from "@playwright/test";
import { can } from "@/lib/auth/permissions";
import { canChangeMedia } from "@/lib/media/access";
import { CALLERS, call, cookieOf, count, deskUser, label, one, submit, succeeded, upload } from "./support/desk-matrix";
import { adminImage, FILES, tag } from "./support/matrix-fixtures";

// The story budget, the media library, sections and tags: every action called over HTTP by
// nobody and by each role, each on a fixture of its own, allowed and stored exactly where
// lib/auth/permissions.ts (and lib/media/access.ts for uploaders) says.

test.describe.configure({ mode: "serial" });

const userOf = (who: (typeof CALLERS)[number]) => (who ? deskUser(who) : null);
const editor = () => cookieOf("editor");
const admin = () => cookieOf("admin");

/** A day of its own for each caller, far ahead, so no other test's budget meets it. */
const firstDay = Date.UTC(2040, 0, 1) + Math.floor(Math.random() * 20_000) * 86_400_000;
const dayOf = (index: number) => new Date(firstDay + index * 86_400_000).toISOString().slice(0, 10);

const budgetFields = (slugLine: string, day: string, assigneeId = "") => ({
  slugLine,
  day,
  targetTime: "",
  status: "PITCHED",
  sectionId: "",
  assigneeId,
  notes: "",
});

async function budgetItem(baseUrl: string, slugLine: string, day: string, assigneeId = ""): Promise<string> {
  const made = await submit(
    baseUrl,
    FILES.budget,
    "createBudgetItemAction",
    budgetFields(slugLine, day, assigneeId),
    editor(),
  );
  expect(made.result.ok, `editor adds ${slugLine}`).toBe(true);
  return one<{ id: string }>("SELECT id FROM BudgetItem WHERE slugLine = ?", slugLine)!.id;
}

const dayOrder = (day: string) =>
  (
    one<{ ids: string }>(
      "SELECT group_concat(id) AS ids FROM (SELECT id FROM BudgetItem WHERE day = ? ORDER BY position, createdAt)",
      `${day}T00:00:00.000+00:00`,
    )?.ids ?? ""
  ).split(",");

test("the story budget's actions follow the matrix, and an assignee may open their own item's draft", async ({
  baseURL,
}) => {
  for (const [index, who] of CALLERS.entries()) {
    const user = userOf(who);
    const cookie = cookieOf(who);
    const allowed = user ? can(user.role, "budget:manage") : false;
    const day = dayOf(index);
    const t = tag(label(who));

    const created = await submit(
      baseURL!,
      FILES.budget,
      "createBudgetItemAction",
      budgetFields(`${t} new`, day),
      cookie,
    );
    expect(succeeded(created), `${label(who)} adds an item`).toBe(allowed);
    expect(count("SELECT COUNT(*) AS n FROM BudgetItem WHERE slugLine = ?", `${t} new`)).toBe(allowed ? 1 : 0);
    if (allowed)
      expect(
        (
          await call(
            baseURL!,
            FILES.budget,
            "deleteBudgetItemAction",
            { id: one<{ id: string }>("SELECT id FROM BudgetItem WHERE slugLine = ?", `${t} new`)!.id },
            editor(),
          )
        ).result.ok,
      ).toBe(true);

    const first = await budgetItem(baseURL!, `${t} first`, day);
    const second = await budgetItem(baseURL!, `${t} second`, day);
    expect(dayOrder(day)).toEqual([first, second]);

    const updated = await submit(
      baseURL!,
      FILES.budget,
      "updateBudgetItemAction",
      { id: first, ...budgetFields(`${t} first, renamed`, day) },
      cookie,
    );
    expect(succeeded(updated), `${label(who)} edits an item`).toBe(allowed);
    expect(
      one<{ slugLine: string }>("SELECT slugLine FROM BudgetItem WHERE id = ?", first)!.slugLine ===
        `${t} first, renamed`,
    ).toBe(allowed);

    const reordered = await call(baseURL!, FILES.budget, "reorderBudgetAction", { day, ids: [second, first] }, cookie);
    expect(succeeded(reordered), `${label(who)} reorders the day`).toBe(allowed);
    expect(dayOrder(day), `${label(who)}'s order stored`).toEqual(allowed ? [second, first] : [first, second]);

    const before = dayOrder(day);
    const moved = await call(
      baseURL!,
      FILES.budget,
      "moveBudgetItemAction",
      { id: before[1], direction: "up" },
      cookie,
    );
    expect(succeeded(moved), `${label(who)} moves an item up`).toBe(allowed);
    expect(dayOrder(day), `${label(who)}'s move stored`).toEqual(allowed ? [before[1], before[0]] : before);

    // Unassigned: only the budget's managers may open its draft.
    const opened = await call(baseURL!, FILES.budget, "createDraftForItemAction", { id: first }, cookie);
    expect(succeeded(opened), `${label(who)} opens an unassigned item's draft`).toBe(allowed);
    expect(
      one<{ articleId: string | null }>("SELECT articleId FROM BudgetItem WHERE id = ?", first)!.articleId !== null,
    ).toBe(allowed);

    if (user) {
      const mine = await budgetItem(baseURL!, `${t} assigned`, day, user.id);
      const own = await call(baseURL!, FILES.budget, "createDraftForItemAction", { id: mine }, cookie);
      const mayOpen = can(user.role, "budget:manage") || can(user.role, "article:create");
      expect(succeeded(own), `${label(who)} opens their own item's draft`).toBe(mayOpen);
      expect(
        one<{ articleId: string | null }>("SELECT articleId FROM BudgetItem WHERE id = ?", mine)!.articleId !== null,
      ).toBe(mayOpen);
    }

    const deleted = await call(baseURL!, FILES.budget, "deleteBudgetItemAction", { id: second }, cookie);
    expect(succeeded(deleted), `${label(who)} deletes an item`).toBe(allowed);
    expect(count("SELECT COUNT(*) AS n FROM BudgetItem WHERE id = ?", second)).toBe(allowed ? 0 : 1);
  }
});

test("the media library's routes and actions follow the matrix, for others' images and one's own", async ({
  baseURL,
}) => {
  const adminId = deskUser("admin").id;
  for (const who of CALLERS) {
    const user = userOf(who);
    const cookie = cookieOf(who);
    const t = tag(label(who));
    const mayUpload = user ? can(user.role, "media:upload") : false;

    const listing = await fetch(`${baseURL}/api/media`, { headers: cookie ? { cookie } : {} });
    expect(listing.status, `${label(who)} lists the library`).toBe(mayUpload ? 200 : user ? 403 : 401);

    const before = count("SELECT COUNT(*) AS n FROM Media");
    const uploaded = await upload(baseURL!, "/api/media", `${t}-own.png`, cookie);
    expect(uploaded.status, `${label(who)} uploads`).toBe(mayUpload ? 201 : user ? 403 : 401);
    expect(count("SELECT COUNT(*) AS n FROM Media"), `${label(who)}'s upload stored`).toBe(
      before + (mayUpload ? 1 : 0),
    );
    // An import from another site's address: refused before anything is fetched for a caller without
    // the right, and, for one with it, refused again by the address guard (TEST-NET is not public).
    const media = count("SELECT COUNT(*) AS n FROM Media");
    const imported = await fetch(`${baseURL}/api/media/import?url=${encodeURIComponent("https://203.0.113.9/x.png")}`, {
      method: "POST",
      headers: { Origin: baseURL!, ...(cookie ? { Cookie: cookie } : {}) },
    });
    expect(imported.status, `${label(who)} imports from a web address`).toBe(mayUpload ? 422 : user ? 403 : 401);
    expect(count("SELECT COUNT(*) AS n FROM Media"), `${label(who)}'s import stored`).toBe(media);
    if (mayUpload) {
      const own = uploaded.body.item!.id;
      const alt = `${t}: a ferry leaving port`;
      const described = await submit(
        baseURL!,
        FILES.media,
        "updateMedia",
        { id: own, alt, caption: "", credit: "" },
        cookie,
        own,
      );
      expect(succeeded(described), `${label(who)} describes their own image`).toBe(canChangeMedia(user!, user!.id));
      expect(one<{ alt: string }>("SELECT alt FROM Media WHERE id = ?", own)!.alt === alt).toBe(
        canChangeMedia(user!, user!.id),
      );
    }

    const others = await adminImage(baseURL!, `${t}-admins`);
    const mayChange = user ? canChangeMedia(user, adminId) : false;
    const alt = `${t}: a crowded market`;
    const described = await submit(
      baseURL!,
      FILES.media,
      "updateMedia",
      { id: others, alt, caption: "", credit: "" },
      cookie,
      others,
    );
    expect(succeeded(described), `${label(who)} describes another's image`).toBe(mayChange);
    expect(
      one<{ alt: string }>("SELECT alt FROM Media WHERE id = ?", others)!.alt === alt,
      `${label(who)}'s description stored`,
    ).toBe(mayChange);

    const removed = await submit(baseURL!, FILES.media, "removeMedia", { id: others }, cookie, others);
    expect(succeeded(removed), `${label(who)} deletes another's image`).toBe(mayChange);
    expect(count("SELECT COUNT(*) AS n FROM Media WHERE id = ?", others), `${label(who)}'s deletion stored`).toBe(
      mayChange ? 0 : 1,
    );
  }
});

test("sections and tags are created, renamed, reordered and deleted only by those who manage them", async ({
  baseURL,
}) => {
  const leftovers: { sections: string[]; tags: string[] } = { sections: [], tags: [] };
  for (const who of CALLERS) {
    const user = userOf(who);
    const cookie = cookieOf(who);
    const allowed = user ? can(user.role, "taxonomy:manage") : false;
    const t = tag(label(who)).toLowerCase();

    const createdSection = await submit(
      baseURL!,
      FILES.sections,
      "createSectionAction",
      { name: `${t} desk`, slug: `${t}-desk`, description: "" },
      cookie,
    );
    expect(succeeded(createdSection), `${label(who)} creates a section`).toBe(allowed);
    expect(count("SELECT COUNT(*) AS n FROM Section WHERE slug = ?", `${t}-desk`)).toBe(allowed ? 1 : 0);

    expect(
      (
        await submit(
          baseURL!,
          FILES.sections,
          "createSectionAction",
          { name: `${t} fixture`, slug: `${t}-fixture`, description: "" },
          admin(),
        )
      ).result.ok,
    ).toBe(true);
    const section = one<{ id: string; position: number }>(
      "SELECT id, position FROM Section WHERE slug = ?",
      `${t}-fixture`,
    )!;
    const renamed = await submit(
      baseURL!,
      FILES.sections,
      "updateSectionAction",
      { id: section.id, name: `${t} renamed`, slug: `${t}-fixture`, description: "" },
      cookie,
    );
    expect(succeeded(renamed), `${label(who)} renames a section`).toBe(allowed);
    expect(one<{ name: string }>("SELECT name FROM Section WHERE id = ?", section.id)!.name === `${t} renamed`).toBe(
      allowed,
    );

    const moved = await submit(
      baseURL!,
      FILES.sections,
      "moveSectionAction",
      { id: section.id, direction: "up" },
      cookie,
    );
    expect(succeeded(moved), `${label(who)} reorders the sections`).toBe(allowed);
    expect(
      one<{ position: number }>("SELECT position FROM Section WHERE id = ?", section.id)!.position < section.position,
      `${label(who)}'s order stored`,
    ).toBe(allowed);

    const deletedSection = await submit(baseURL!, FILES.sections, "deleteSectionAction", { id: section.id }, cookie);
    expect(succeeded(deletedSection), `${label(who)} deletes a section`).toBe(allowed);
    expect(count("SELECT COUNT(*) AS n FROM Section WHERE id = ?", section.id)).toBe(allowed ? 0 : 1);
    leftovers.sections.push(...[`${t}-desk`, `${t}-fixture`]);

    const createdTag = await submit(baseURL!, FILES.tags, "createTagAction", { name: `${t} tag` }, cookie);
    expect(succeeded(createdTag), `${label(who)} creates a tag`).toBe(allowed);
    expect(count("SELECT COUNT(*) AS n FROM Tag WHERE name = ?", `${t} tag`)).toBe(allowed ? 1 : 0);

    expect(
      (await submit(baseURL!, FILES.tags, "createTagAction", { name: `${t} fixture tag` }, admin())).result.ok,
    ).toBe(true);
    const fixture = one<{ id: string; slug: string }>("SELECT id, slug FROM Tag WHERE name = ?", `${t} fixture tag`)!;
    const renamedTag = await submit(
      baseURL!,
      FILES.tags,
      "updateTagAction",
      { id: fixture.id, name: `${t} renamed tag`, slug: fixture.slug },
      cookie,
    );
    expect(succeeded(renamedTag), `${label(who)} renames a tag`).toBe(allowed);
    expect(one<{ name: string }>("SELECT name FROM Tag WHERE id = ?", fixture.id)!.name === `${t} renamed tag`).toBe(
      allowed,
    );

    const deletedTag = await submit(baseURL!, FILES.tags, "deleteTagAction", { id: fixture.id }, cookie);
    expect(succeeded(deletedTag), `${label(who)} deletes a tag`).toBe(allowed);
    expect(count("SELECT COUNT(*) AS n FROM Tag WHERE id = ?", fixture.id)).toBe(allowed ? 0 : 1);
    leftovers.tags.push(`${t} tag`, fixture.id);
  }

  // Readers' navigation and the tag lists go back to what the other tests expect.
  for (const slug of leftovers.sections) {
    const row = one<{ id: string }>("SELECT id FROM Section WHERE slug = ?", slug);
    if (row)
      expect((await submit(baseURL!, FILES.sections, "deleteSectionAction", { id: row.id }, admin())).result.ok).toBe(
        true,
      );
  }
  for (const key of leftovers.tags) {
    const row = one<{ id: string }>("SELECT id FROM Tag WHERE id = ? OR name = ?", key, key);
    if (row)
      expect((await submit(baseURL!, FILES.tags, "deleteTagAction", { id: row.id }, admin())).result.ok).toBe(true);
  }
});
