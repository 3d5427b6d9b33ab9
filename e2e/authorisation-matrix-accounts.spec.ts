import { expect, test } from "@playwright/test";
import { can, ROLES, type Role } from "@/lib/auth/permissions";
import { PASSWORD, people } from "./support/desk";
import {
  CALLERS,
  cookieOf,
  count,
  deskUser,
  label,
  one,
  RUN,
  signInOverHttp,
  submit,
  succeeded,
  upload,
} from "./support/desk-matrix";
import { adminImage, FILES } from "./support/matrix-fixtures";

// Accounts: user management, each person's own profile, first-run setup and password links,
// called over HTTP by nobody and by each role. Profile changes (a new password ends every session)
// are made by accounts of this test's own, one per role, so the suite's sign-ins stay valid.

test.describe.configure({ mode: "serial" });

const userOf = (who: (typeof CALLERS)[number]) => (who ? deskUser(who) : null);
const email = (kind: string, who: string) => `${kind}-${RUN}-${who.replace(/\s+/g, "-")}@matrix.test`.toLowerCase();

const newestSession = (userId: string) =>
  one<{ id: string }>(
    "SELECT id FROM DeskSession WHERE userId = ? AND endedAt IS NULL ORDER BY createdAt DESC, rowid DESC LIMIT 1",
    userId,
  )!.id;
const sessionOpen = (id: string) =>
  count("SELECT COUNT(*) AS n FROM DeskSession WHERE id = ? AND endedAt IS NULL", id) === 1;

async function invite(baseUrl: string, address: string, role: Role): Promise<{ id: string; token: string }> {
  const made = await submit(
    baseUrl,
    FILES.users,
    "inviteUser",
    { name: `Matrix ${role.toLowerCase()}`, email: address, role },
    cookieOf("admin"),
  );
  expect(made.result.ok, `invite ${address}: ${made.result.message}`).toBe(true);
  const token = new URL(made.result.data!.link!).pathname.split("/").pop()!;
  return { id: one<{ id: string }>("SELECT id FROM User WHERE email = ?", address)!.id, token };
}

test("users are invited, promoted, deactivated and given password links only by administrators", async ({
  baseURL,
}) => {
  for (const who of CALLERS) {
    const user = userOf(who);
    const cookie = cookieOf(who);
    const allowed = user ? can(user.role, "users:manage") : false;

    const invited = await submit(
      baseURL!,
      FILES.users,
      "inviteUser",
      { name: "Matrix Invitee", email: email("invited", label(who)), role: "AUTHOR" },
      cookie,
    );
    expect(succeeded(invited), `${label(who)} invites a user`).toBe(allowed);
    expect(count("SELECT COUNT(*) AS n FROM User WHERE email = ?", email("invited", label(who)))).toBe(allowed ? 1 : 0);

    const target = await invite(baseURL!, email("target", label(who)), "CONTRIBUTOR");
    // A new link replaces the earlier one.
    const tokens = () =>
      one<{ hashes: string }>(
        "SELECT group_concat(tokenHash) AS hashes FROM PasswordToken WHERE userId = ? AND usedAt IS NULL",
        target.id,
      )!.hashes;
    const before = tokens();
    const link = await submit(baseURL!, FILES.users, "createPasswordLink", { userId: target.id }, cookie);
    expect(succeeded(link), `${label(who)} makes a password link`).toBe(allowed);
    expect(tokens() !== before, `${label(who)}'s link stored`).toBe(allowed);

    const promoted = await submit(baseURL!, FILES.users, "updateRole", { userId: target.id, role: "ADMIN" }, cookie);
    expect(succeeded(promoted), `${label(who)} makes someone an administrator`).toBe(allowed);
    expect(one<{ role: string }>("SELECT role FROM User WHERE id = ?", target.id)!.role).toBe(
      allowed ? "ADMIN" : "CONTRIBUTOR",
    );

    const deactivated = await submit(
      baseURL!,
      FILES.users,
      "updateActive",
      { userId: target.id, active: "false" },
      cookie,
    );
    expect(succeeded(deactivated), `${label(who)} deactivates someone: ${deactivated.result.message}`).toBe(allowed);
    expect(one<{ active: number }>("SELECT active FROM User WHERE id = ?", target.id)!.active).toBe(allowed ? 0 : 1);
  }
});

test("setup is refused to everyone once an administrator exists, and a forged password link is refused", async ({
  baseURL,
}) => {
  for (const who of CALLERS) {
    const address = email("setup", label(who));
    const setup = await submit(
      baseURL!,
      FILES.setup,
      "setupAction",
      { name: "Matrix Intruder", email: address, password: PASSWORD, confirm: PASSWORD },
      cookieOf(who),
    );
    expect(succeeded(setup), `${label(who)} runs setup again`).toBe(false);
    expect(count("SELECT COUNT(*) AS n FROM User WHERE email = ?", address)).toBe(0);

    const forged = `forged-${RUN}-${Math.random().toString(36).slice(2)}`;
    const hashes = count("SELECT COUNT(*) AS n FROM User WHERE passwordHash IS NOT NULL");
    const reset = await submit(
      baseURL!,
      FILES.reset,
      "setPasswordWithToken",
      { token: forged, password: PASSWORD, confirm: PASSWORD },
      cookieOf(who),
      forged,
    );
    expect(succeeded(reset), `${label(who)} uses a forged link`).toBe(false);
    expect(count("SELECT COUNT(*) AS n FROM User WHERE passwordHash IS NOT NULL")).toBe(hashes);
  }
});

test("each person edits only their own profile, photo and password, and nobody without a session does", async ({
  baseURL,
}) => {
  // One account per role, made the way a new colleague's is: an invitation, then the link.
  const accounts: { role: Role | null; id: string | null; cookie?: string }[] = [{ role: null, id: null }];
  for (const role of [...ROLES].reverse()) {
    const address = email("self", role);
    const { id, token } = await invite(baseURL!, address, role);
    const redeemed = await submit(
      baseURL!,
      FILES.reset,
      "setPasswordWithToken",
      { token, password: PASSWORD, confirm: PASSWORD },
      undefined,
      token,
    );
    expect(redeemed.redirect, `${role} sets a password with the link`).toBe("/admin/login?notice=password");
    accounts.push({ role, id, cookie: await signInOverHttp(baseURL!, address, PASSWORD) });
  }
  const library = await adminImage(baseURL!, `matrix-${RUN}-portrait`);
  // Someone else's session, which no caller may end: a second sign-in of the suite's administrator.
  await signInOverHttp(baseURL!, people.admin.email, PASSWORD);
  const foreign = newestSession(deskUser("admin").id);

  for (const { role, id, cookie } of accounts) {
    const who = role ?? "no session";
    const allowed = role ? can(role, "profile:edit-own") : false;
    const self = <T>(column: string) =>
      id ? one<Record<string, T>>(`SELECT ${column} AS v FROM User WHERE id = ?`, id)!.v : null;

    const bio = `Matrix ${RUN}: ${who} covers ports and shipping.`;
    const profile = await submit(baseURL!, FILES.profile, "updateProfile", { name: `Matrix ${who}`, bio }, cookie);
    expect(succeeded(profile), `${who} edits their profile`).toBe(allowed);
    expect(count("SELECT COUNT(*) AS n FROM User WHERE bio = ?", bio), `${who}'s profile stored`).toBe(allowed ? 1 : 0);

    const photo = await upload(baseURL!, "/api/media/avatar", "portrait.png", cookie);
    expect(photo.status, `${who} uploads a photo`).toBe(allowed ? 201 : 401);
    if (id) expect(self<string | null>("avatarId") !== null, `${who}'s photo stored`).toBe(allowed);

    const removed = await submit(baseURL!, FILES.profile, "removeOwnAvatar", {}, cookie);
    expect(succeeded(removed), `${who} removes their photo`).toBe(allowed);
    if (id) expect(self<string | null>("avatarId"), `${who}'s removal stored`).toBeNull();

    const picked = await submit(baseURL!, FILES.profile, "avatarFromLibrary", { mediaId: library }, cookie);
    expect(succeeded(picked), `${who} picks a photo from the library`).toBe(allowed);
    if (id) expect(self<string | null>("avatarId") !== null, `${who}'s pick stored`).toBe(allowed);

    // One's own session on another device (ended here), and someone else's (never).
    if (id) await signInOverHttp(baseURL!, email("self", role!), PASSWORD);
    const spare = id ? newestSession(id) : foreign;
    const ended = await submit(baseURL!, FILES.profile, "endOwnSession", { sessionId: spare }, cookie);
    expect(succeeded(ended), `${who} ends their other session`).toBe(allowed);
    expect(sessionOpen(spare), `${who}'s other session still open`).toBe(!allowed);
    const theirs = await submit(baseURL!, FILES.profile, "endOwnSession", { sessionId: foreign }, cookie);
    expect(succeeded(theirs), `${who} ends someone else's session`).toBe(false);
    expect(sessionOpen(foreign), `someone else's session still open after ${who}`).toBe(true);

    const hash = self<string>("passwordHash");
    const fresh = "matrix harbour 77 slowly";
    const changed = await submit(
      baseURL!,
      FILES.profile,
      "changeOwnPassword",
      { current: PASSWORD, password: fresh, confirm: fresh },
      cookie,
    );
    expect(succeeded(changed), `${who} changes their password`).toBe(allowed);
    if (id) expect(self<string>("passwordHash") !== hash, `${who}'s password stored`).toBe(allowed);
  }
  // Nobody without a session changed anyone: no profile carries its text.
  expect(count("SELECT COUNT(*) AS n FROM User WHERE bio LIKE ?", `Matrix ${RUN}: no session%`)).toBe(0);

  // The suite's own administrator must stay the only one who can sign in (desk-users.spec.ts).
  for (const { id } of accounts.filter((a) => a.id)) {
    expect(
      (await submit(baseURL!, FILES.users, "updateActive", { userId: id!, active: "false" }, cookieOf("admin"))).result
        .ok,
    ).toBe(true);
  }
});
