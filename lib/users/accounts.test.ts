import { afterAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { authenticate } from "@/lib/auth/authenticate";
import { changeRole, countDeskAccounts, createAccount, createFirstAdmin, setActive, setPassword } from "./accounts";
import { findTokenUser, issuePasswordToken, redeemPasswordToken, TOKEN_TTL_MS } from "./password-tokens";

const temp = createTempDatabase();
const { db } = temp;
afterAll(() => temp.cleanup());

const STRONG = "lantern orchard 42 quietly";

describe("accounts", () => {
  it("creates the first admin once, then refuses setup", async () => {
    await db.user.create({ data: { email: "byline@example.test", name: "Byline", slug: "byline" } });
    expect(await countDeskAccounts(db)).toBe(0);
    const admin = await createFirstAdmin(db, { email: "Chief@Example.test", name: "Chief", password: STRONG });
    expect(admin).toMatchObject({ role: "ADMIN", email: "chief@example.test", slug: "chief" });
    await expect(
      createFirstAdmin(db, { email: "second@example.test", name: "Second", password: STRONG }),
    ).rejects.toThrow(/already been completed/);
  });

  it("refuses a duplicate email regardless of case, and a weak password", async () => {
    await expect(
      createAccount(db, { email: "CHIEF@example.test", name: "Dup", role: "EDITOR", password: STRONG }),
    ).rejects.toThrow(/already exists/);
    await expect(
      createAccount(db, { email: "weak@example.test", name: "Weak", role: "EDITOR", password: "password1234" }),
    ).rejects.toThrow(/too common/);
  });

  it("never demotes or deactivates the last active admin", async () => {
    const admin = await db.user.findUniqueOrThrow({ where: { email: "chief@example.test" } });
    await expect(changeRole(db, admin.id, "EDITOR", admin.id)).rejects.toThrow(/last active administrator/);
    await expect(setActive(db, admin.id, false, admin.id)).rejects.toThrow(/last active administrator/);
    const deputy = await createAccount(db, {
      email: "deputy@example.test",
      name: "Deputy",
      role: "ADMIN",
      password: STRONG,
    });
    await changeRole(db, admin.id, "EDITOR", deputy.id);
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("EDITOR");
    await expect(setActive(db, deputy.id, false, deputy.id)).rejects.toThrow(/last active administrator/);
  });

  it("lets an invited administrator who never set a password go while a working one remains", async () => {
    const invited = await createAccount(db, { email: "pending@example.test", name: "Pending", role: "ADMIN" });
    await setActive(db, invited.id, false, null);
    expect((await db.user.findUniqueOrThrow({ where: { id: invited.id } })).active).toBe(false);
    await setActive(db, invited.id, true, null);
    await changeRole(db, invited.id, "EDITOR", null);
    expect((await db.user.findUniqueOrThrow({ where: { id: invited.id } })).role).toBe("EDITOR");
  });

  it("bumps the session version on role, activation and password changes", async () => {
    const user = await createAccount(db, {
      email: "writer@example.test",
      name: "Writer",
      role: "AUTHOR",
      password: STRONG,
    });
    const version = async () => (await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion;
    const v0 = await version();
    await changeRole(db, user.id, "CONTRIBUTOR", null);
    await setActive(db, user.id, false, null);
    await setActive(db, user.id, true, null);
    await setPassword(db, user.id, "another long passphrase 7", null);
    expect(await version()).toBe(v0 + 4);
    expect(await db.auditEvent.count({ where: { entityId: user.id } })).toBeGreaterThanOrEqual(5);
  });
});

describe("one-time password links", () => {
  it("lets an invited user set a password once", async () => {
    const invited = await createAccount(db, { email: "invited@example.test", name: "Invited", role: "CONTRIBUTOR" });
    const token = await issuePasswordToken(db, invited.id, null);
    expect((await findTokenUser(db, token))?.id).toBe(invited.id);
    await expect(redeemPasswordToken(db, token, "short")).rejects.toThrow(/at least 12/);
    await redeemPasswordToken(db, token, STRONG);
    expect((await authenticate(db, "invited@example.test", STRONG, "127.0.0.1")).ok).toBe(true);
    await expect(redeemPasswordToken(db, token, STRONG)).rejects.toThrow(/expired or has already been used/);
  });

  it("expires, and a newer link replaces an older one", async () => {
    const user = await createAccount(db, { email: "late@example.test", name: "Late", role: "CONTRIBUTOR" });
    const old = await issuePasswordToken(db, user.id, null);
    const fresh = await issuePasswordToken(db, user.id, null);
    expect(await findTokenUser(db, old)).toBeNull();
    expect(await findTokenUser(db, fresh, new Date(Date.now() + TOKEN_TTL_MS + 1000))).toBeNull();
    expect(await findTokenUser(db, "not-a-token")).toBeNull();
  });
});
