import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { authFile, people } from "./support/desk";
import {
  ARTICLE_ACTIONS,
  actionId,
  actionResult,
  callAction,
  callFormAction,
  currentArticle,
  sessionCookie,
} from "./support/desk-actions";
import { newArticle } from "./support/editor";
import { XSS_PAYLOADS } from "./support/xss-payloads";
import { asShown, guard, inGroups, readDb } from "./support/xss-guard";

// Stored and reflected script injection: every payload of the corpus goes through the desk's real
// actions into every field that reaches HTML (story fields and body, tags, section names and
// descriptions, the library's alt text, captions and credits of featured images, corrections,
// live updates, the breaking banner), and Chromium then opens every reader and desk page that
// shows them. A payload that ran would call window.__xss(), open a dialog or reach a foreign
// origin. Bylines (names and bios) are in xss-bylines.spec.ts.

test.describe.configure({ mode: "serial" });
test.setTimeout(600_000);

const SECTION_ACTIONS = "app/admin/(desk)/sections/actions.ts";
const MEDIA_ACTIONS = "app/admin/(desk)/media/actions.ts";
const LIVE_ACTIONS = "app/admin/(desk)/articles/[id]/live/actions.ts";
const BREAKING_ACTIONS = "app/admin/(desk)/articles/[id]/breaking-actions.ts";

const groups = inGroups(XSS_PAYLOADS);
const ids: string[] = [];
const sectionIds: string[] = [];
let homeSectionId = "";
let baseUrl = "";

/** One small, distinct picture per group: the library refuses a picture it already holds. */
async function upload(baseUrl: string, cookie: string, g: number, name: string): Promise<string> {
  const png = await sharp({
    create: { width: 40 + g, height: 30, channels: 3, background: { r: 20 * g, g: 90, b: 160 } },
  })
    .png()
    .toBuffer();
  const res = await fetch(`${baseUrl}/api/media?name=${encodeURIComponent(name)}`, {
    method: "POST",
    headers: { Cookie: cookie, Origin: baseUrl, "Content-Type": "image/png" },
    body: new Uint8Array(png),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { item: { id: string } }).item.id;
}

test("every payload is stored as text through the desk's fields, and the dangerous ones are refused where they would be code", async ({
  browser,
  baseURL,
}) => {
  baseUrl = baseURL!;
  const page = await (await browser.newContext({ storageState: authFile("editor") })).newPage();
  const cookie = sessionCookie("editor");
  const call = (path: string, file: string, name: string, arg: unknown) =>
    callAction(baseURL!, path, actionId(file, name), [arg], cookie).then((r) => actionResult(r.text));
  const form = (path: string, file: string, name: string, fields: Record<string, string>) =>
    callFormAction(baseURL!, path, actionId(file, name), fields, cookie).then((r) => actionResult(r.text));

  // A section per payload: every page's navigation lists them all. The first of each group holds
  // the group's story, and the whole group in its description.
  for (const [i, p] of XSS_PAYLOADS.entries()) {
    const description = i % 10 ? p.slice(0, 300) : groups[i / 10]!.join(" ").slice(0, 290);
    const created = await form("/admin/sections", SECTION_ACTIONS, "createSectionAction", {
      name: p.slice(0, 60),
      slug: `xss-${i}`,
      description,
    });
    expect(created, p).toMatchObject({ ok: true });
  }
  sectionIds.push(
    ...readDb<{ id: string }>("SELECT id FROM Section WHERE slug LIKE 'xss-%' ORDER BY position").map((s) => s.id),
  );
  expect(sectionIds).toHaveLength(XSS_PAYLOADS.length);

  for (const [g, group] of groups.entries()) {
    // The featured image: its file name, alt text, caption and credit come from the library.
    const mediaId = await upload(baseURL!, cookie, g, `${group[0]!.slice(0, 80)}.png`);
    // A form sends line breaks as CRLF, so each field keeps some room under its limit.
    const described = await form("/admin/media", MEDIA_ACTIONS, "updateMedia", {
      id: mediaId,
      alt: group.join(" ").slice(0, 480),
      caption: group.join(" ").slice(0, 980),
      credit: group.join(" ").slice(0, 190),
    });
    expect(described, `group ${g}: ${JSON.stringify(described)}`).toMatchObject({ ok: true });

    const id = (await newArticle(page)).split("/").pop()!;
    ids.push(id);
    const current = await currentArticle(baseURL!, cookie, id, process.env.E2E_DB_FILE!);
    homeSectionId ||= current.fields.sectionId as string;
    const fields = {
      ...current.fields,
      title: `Injection ${g}: ${group[0]}`.slice(0, 200),
      standfirst: group.join(" ").slice(0, 400),
      dateline: group[1]!.slice(0, 60),
      excerpt: group[2]!.slice(0, 400),
      metaTitle: group[3]!.slice(0, 120),
      metaDescription: group.join(" ").slice(0, 300),
      sectionId: sectionIds[g * 10]!,
      featuredImageId: mediaId,
      tags: group.map((p, i) => `x${g}-${i} ${p}`.slice(0, 50).trim()),
      body: {
        type: "doc",
        content: group.flatMap((p) => [
          {
            type: "paragraph",
            content: [
              { type: "text", text: p },
              {
                type: "text",
                text: ` ${p}`,
                marks: [{ type: "link", attrs: { href: `https://example.com/?q=${encodeURIComponent(p)}` } }],
              },
            ],
          },
          { type: "image", attrs: { src: "/icon", alt: p.slice(0, 500), caption: p, credit: p.slice(0, 200) } },
          { type: "pullQuote", attrs: { attribution: p.slice(0, 200) }, content: [{ type: "text", text: p }] },
        ]),
      },
    };
    const path = `/admin/articles/${id}`;
    expect(
      await call(path, ARTICLE_ACTIONS, "saveArticleAction", { id, baseVersion: current.version, fields }),
      `group ${g}`,
    ).toMatchObject({ ok: true });
    expect(
      await call(path, ARTICLE_ACTIONS, "transitionAction", { id, transition: "publish" }),
      `group ${g}`,
    ).toMatchObject({ ok: true });
    expect(
      await call(path, ARTICLE_ACTIONS, "addCorrectionAction", {
        id,
        text: `Corrected: ${group.join(" ")}`.slice(0, 1000),
      }),
      `group ${g}`,
    ).toMatchObject({ ok: true });

    // A live page: every payload as an update's headline and text.
    expect(
      await call(`${path}/live`, LIVE_ACTIONS, "startCoverageAction", { articleId: id }),
      `group ${g}`,
    ).toMatchObject({ ok: true });
    for (const [i, p] of group.entries()) {
      const update = {
        articleId: id,
        title: p.slice(0, 200),
        keyEvent: i < 3,
        body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: p }] }] },
      };
      expect(await call(`${path}/live`, LIVE_ACTIONS, "addUpdateAction", update), p).toMatchObject({ ok: true });
    }
  }
  expect(
    await call(`/admin/articles/${ids[0]}`, BREAKING_ACTIONS, "breakingAction", {
      id: ids[0],
      breaking: true,
      until: null,
    }),
  ).toMatchObject({ ok: true });

  // Where a payload would be code rather than text, it is refused: link targets, embeds, image
  // sources and slugs.
  const id = ids[0]!;
  // (An https URL that carries markup is still only a URL: React writes it as an escaped attribute.)
  for (const p of XSS_PAYLOADS.filter((p) => !/^\s*(https?:|mailto:|\/)/i.test(p))) {
    const current = await currentArticle(baseURL!, cookie, id, process.env.E2E_DB_FILE!);
    const attempts = [
      {
        ...current.fields,
        body: {
          type: "doc",
          content: [
            {
              type: "paragraph",
              content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: p } }] }],
            },
          ],
        },
      },
      { ...current.fields, body: { type: "doc", content: [{ type: "image", attrs: { src: p, alt: "x" } }] } },
      {
        ...current.fields,
        body: { type: "doc", content: [{ type: "embed", attrs: { provider: "youtube", url: p } }] },
      },
      { ...current.fields, slug: p },
    ];
    for (const fields of attempts) {
      expect(
        await call(`/admin/articles/${id}`, ARTICLE_ACTIONS, "saveArticleAction", {
          id,
          baseVersion: current.version,
          fields,
        }),
        p,
      ).toMatchObject({ ok: false });
    }
    const section = await form("/admin/sections", SECTION_ACTIONS, "createSectionAction", {
      name: "Refused",
      slug: p.slice(0, 60),
      description: "",
    });
    expect(section, p).toMatchObject({ ok: false });
  }
  await page.context().close();
});

test("Chromium opens every reader page that shows the payloads and nothing runs", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  const { visit, check, expectShown, xmlText, feedDescriptions } = await guard(page);
  const stories = readDb<{ id: string; slug: string; title: string; section: string }>(
    `SELECT a.id, a.slug, a.title, s.slug AS section FROM Article a JOIN Section s ON s.id = a.sectionId WHERE a.id IN (${ids.map(() => "?").join(",")})`,
    ...ids,
  );
  expect(stories).toHaveLength(groups.length);
  for (const s of stories) {
    const group = groups[ids.indexOf(s.id)]!;
    await visit(`/${s.section}/${s.slug}`);
    // Caption and credit of the featured image, the correction, the live updates: all as text.
    await expectShown([group.join(" ").slice(0, 190), `Corrected: ${group.join(" ")}`.slice(0, 1000), ...group]);
  }
  // An update that arrives while the page is open is rendered by the browser, not the server.
  const last = stories.find((s) => s.id === ids.at(-1))!;
  await visit(`/${last.section}/${last.slug}`);
  const late = groups[0]!;
  const update = {
    articleId: last.id,
    title: late[0],
    keyEvent: false,
    body: { type: "doc", content: late.map((p) => ({ type: "paragraph", content: [{ type: "text", text: p }] })) },
  };
  const posted = await callAction(
    baseUrl,
    `/admin/articles/${last.id}/live`,
    actionId(LIVE_ACTIONS, "addUpdateAction"),
    [update],
    sessionCookie("editor"),
  );
  expect(actionResult(posted.text)).toMatchObject({ ok: true });
  await page.getByRole("button", { name: "1 new update" }).click({ timeout: 45_000 });
  const updates = page.getByRole("region", { name: "Latest updates" });
  for (const p of late) await expect(updates).toContainText(asShown(p));
  await check();

  const tags = readDb<{ slug: string }>(
    `SELECT DISTINCT t.slug FROM Tag t JOIN ArticleTag x ON x.tagId = t.id WHERE x.articleId IN (${ids.map(() => "?").join(",")})`,
    ...ids,
  );
  expect(tags.length).toBeGreaterThan(XSS_PAYLOADS.length / 2);
  for (const t of tags) await visit(`/tag/${t.slug}`);
  // The sections holding the stories (name and description), and the navigation listing them all.
  for (const [g, group] of groups.entries()) {
    await visit(`/xss-${g * 10}`);
    await expectShown([group[0]!.slice(0, 60), group.join(" ").slice(0, 290)]);
  }
  await visit("/");
  await expectShown(XSS_PAYLOADS.map((p) => p.slice(0, 60)));
  await expect(page.getByRole("region", { name: "Breaking news" })).toContainText(
    stories.find((s) => s.id === ids[0])!.title,
  );
  const [editor] = readDb<{ slug: string }>("SELECT slug FROM User WHERE email = ?", people.editor.email);
  await visit(`/author/${editor!.slug}`);
  await visit("/corrections");
  await expectShown(groups.map((group) => `Corrected: ${group.join(" ")}`.slice(0, 1000)));
  // Feeds: well-formed XML whatever the text, with the payloads in it as text (the corrections'
  // text is checked below, as a reader shows it).
  await xmlText("/corrections/feed.xml");
  for (const g of groups.keys())
    expect(await xmlText(`/xss-${g * 10}/feed.xml`), `group ${g}`).toContain(`Injection ${g}:`);
  await xmlText("/feed.xml");
  await xmlText(`/author/${editor!.slug}/feed.xml`);
  // Readers decode a description as HTML: the standfirsts and corrections arrive there as text,
  // with not one tag among them.
  const corrections = await feedDescriptions("/corrections/feed.xml");
  expect(corrections.map((d) => d.elements)).toEqual(corrections.map(() => 0));
  for (const group of groups)
    expect(
      corrections.map((d) => asShown(d.text)),
      "the corrections feed",
    ).toContainEqual(asShown(`Corrected: ${group.join(" ")}`.slice(0, 1000)));
  for (const [g, group] of groups.entries()) {
    const descriptions = await feedDescriptions(`/xss-${g * 10}/feed.xml`);
    expect(
      descriptions.map((d) => d.elements),
      `group ${g}`,
    ).toEqual(descriptions.map(() => 0));
    expect(
      descriptions.map((d) => asShown(d.text)),
      `group ${g}`,
    ).toContain(asShown(group.join(" ").slice(0, 400)));
  }
  // Search: the stories come back with highlighted passages, and every payload as a query.
  await visit("/search?q=xss");
  await expect(page.getByRole("main").getByRole("article").first()).toBeVisible();
  for (const p of XSS_PAYLOADS) await visit(`/search?q=${encodeURIComponent(p)}`);
  await page.context().close();
});

test("the desk pages that list the payloads run none of them either", async ({ browser }) => {
  const editor = await (await browser.newContext({ storageState: authFile("editor") })).newPage();
  const { visit, expectShown } = await guard(editor);
  await visit("/admin/sections");
  await expectShown([XSS_PAYLOADS[0]!.slice(0, 60)]);
  await visit("/admin/media");
  await visit("/admin/articles");
  for (const id of ids) {
    await visit(`/admin/articles/${id}`);
    await expect(editor.getByRole("textbox", { name: "Story body" })).toBeVisible();
    await visit(`/admin/articles/${id}/live`);
  }
  for (const { id } of readDb<{ id: string }>(
    `SELECT featuredImageId AS id FROM Article WHERE id IN (${ids.map(() => "?").join(",")})`,
    ...ids,
  ))
    await visit(`/admin/media/${id}`);
  await editor.context().close();
});

// The payload sections leave the navigation, the stories go back to their section, and the
// banner and live pages end, so specs run after this one see the desk as they expect.
test.afterAll(async () => {
  // Undoing the payloads is two desk actions per group (each revalidating many pages): as much
  // work as a test of this file, so the hook has the same budget, not the one-minute default.
  test.setTimeout(600_000);
  if (!baseUrl) return;
  const cookie = sessionCookie("editor");
  if (ids[0])
    await callAction(
      baseUrl,
      `/admin/articles/${ids[0]}`,
      actionId(BREAKING_ACTIONS, "breakingAction"),
      [{ id: ids[0], breaking: false, until: null }],
      cookie,
    );
  for (const id of ids)
    await callAction(
      baseUrl,
      `/admin/articles/${id}/live`,
      actionId(LIVE_ACTIONS, "endCoverageAction"),
      [{ articleId: id }],
      cookie,
    );
  for (const id of sectionIds) {
    const res = await callFormAction(
      baseUrl,
      "/admin/sections",
      actionId(SECTION_ACTIONS, "deleteSectionAction"),
      { id, moveTo: homeSectionId },
      cookie,
    );
    expect(actionResult(res.text), id).toMatchObject({ ok: true });
  }
  expect(readDb("SELECT id FROM Section WHERE slug LIKE 'xss-%'")).toEqual([]);
  expect(
    readDb(
      `SELECT id FROM Article WHERE id IN (${ids.map(() => "?").join(",")}) AND (breaking = 1 OR (live = 1 AND liveEndedAt IS NULL))`,
      ...ids,
    ),
  ).toEqual([]);
});
