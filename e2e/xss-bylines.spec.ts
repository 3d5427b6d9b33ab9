import { expect, test } from "@playwright/test";
import { authFile, PASSWORD, signInFresh } from "./support/desk";
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
import { guard, inGroups, readDb } from "./support/xss-guard";

// Script injection through bylines: a desk user's name and bio reach the author page, every
// story's byline and the desk's user list. A user of this spec's own (invited by the
// administrator) carries the payloads, so the suite's accounts keep their names.

test.setTimeout(600_000);

const EMAIL = "xss-byline@meridian.test";
const USER_ACTIONS = "app/admin/(desk)/users/actions.ts";
const PROFILE_ACTIONS = "app/admin/(desk)/profile/actions.ts";
const RESET_ACTIONS = "app/admin/reset/[token]/actions.ts";

test("names and bios with every payload are shown as text on the author page and the byline", async ({
  browser,
  baseURL,
}) => {
  const admin = sessionCookie("admin");
  const invited = actionResult(
    (
      await callFormAction(
        baseURL!,
        "/admin/users",
        actionId(USER_ACTIONS, "inviteUser"),
        { name: XSS_PAYLOADS[0]!, email: EMAIL, role: "AUTHOR" },
        admin,
      )
    ).text,
  ) as { ok: boolean; data?: { link: string } };
  expect(invited).toMatchObject({ ok: true });
  const token = invited.data!.link.split("/").pop()!;
  await callFormAction(baseURL!, `/admin/reset/${token}`, actionId(RESET_ACTIONS, "setPasswordWithToken"), {
    token,
    password: PASSWORD,
    confirm: PASSWORD,
  });

  const desk = await (await browser.newContext()).newPage();
  await signInFresh(desk, EMAIL);
  const cookie = (await desk.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const [user] = readDb<{ slug: string }>("SELECT slug FROM User WHERE email = ?", EMAIL);

  // A story under the new byline.
  const id = (await newArticle(desk)).split("/").pop()!;
  const current = await currentArticle(baseURL!, cookie, id, process.env.E2E_DB_FILE!);
  const fields = {
    ...current.fields,
    title: "Bylines under scrutiny",
    standfirst: "A story whose byline carries the corpus.",
    body: {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "The byline above is the test." }] }],
    },
  };
  const save = actionId(ARTICLE_ACTIONS, "saveArticleAction");
  expect(
    actionResult(
      (
        await callAction(
          baseURL!,
          `/admin/articles/${id}`,
          save,
          [{ id, baseVersion: current.version, fields }],
          cookie,
        )
      ).text,
    ),
  ).toMatchObject({ ok: true });
  const publish = actionId(ARTICLE_ACTIONS, "transitionAction");
  expect(
    actionResult(
      (await callAction(baseURL!, `/admin/articles/${id}`, publish, [{ id, transition: "publish" }], cookie)).text,
    ),
  ).toMatchObject({ ok: true });
  const [story] = readDb<{ path: string }>(
    "SELECT '/' || s.slug || '/' || a.slug AS path FROM Article a JOIN Section s ON s.id = a.sectionId WHERE a.id = ?",
    id,
  );

  const reader = await (await browser.newContext()).newPage();
  const { visit, expectShown, xmlText } = await guard(reader);
  const updateProfile = actionId(PROFILE_ACTIONS, "updateProfile");
  for (const group of inGroups(XSS_PAYLOADS)) {
    // A form sends line breaks as CRLF: some room under the 600-character limit.
    const bio = group.join(" ").slice(0, 580);
    for (const p of group) {
      const name = p.slice(0, 120);
      expect(
        actionResult((await callFormAction(baseURL!, "/admin/profile", updateProfile, { name, bio }, cookie)).text),
        p,
      ).toMatchObject({ ok: true });
      await visit(`/author/${user!.slug}`);
      await expectShown([name, bio]);
    }
    // The story page shows the newest name, even though the author page above prefetched it
    // under each earlier one (a render begun before a rename is not stored after it).
    await visit(story!.path);
    await expectShown([group.at(-1)!.slice(0, 120), bio]);
  }
  expect(await xmlText(`/author/${user!.slug}/feed.xml`)).toContain("Bylines under scrutiny");

  // The desk shows them too: the user list to the administrator, the profile form to the user.
  const adminDesk = await (await browser.newContext({ storageState: authFile("admin") })).newPage();
  const adminGuard = await guard(adminDesk);
  await adminGuard.visit("/admin/users");
  await adminGuard.expectShown([XSS_PAYLOADS.at(-1)!.slice(0, 120)]);
  await adminDesk.context().close();
  const own = await guard(desk);
  await own.visit("/admin/profile");
  await expect(desk.getByLabel("Bio")).toBeVisible();
  await own.expectShown([inGroups(XSS_PAYLOADS).at(-1)!.join(" ").slice(0, 580)]);
  await desk.context().close();
  await reader.context().close();
});
