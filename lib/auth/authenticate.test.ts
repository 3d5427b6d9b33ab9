import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { authenticate } from "./authenticate";
import { hashPassword } from "./password";
import { LOCK_MS, MAX_FAILURES } from "./throttle";

const temp = createTempDatabase();
const { db } = temp;
afterAll(() => temp.cleanup());

const PASSWORD = "lantern orchard 42 quietly";
beforeAll(async () => {
  const passwordHash = await hashPassword(PASSWORD);
  await db.user.create({
    data: { email: "editor@example.test", name: "Ed", slug: "ed", role: "EDITOR", passwordHash },
  });
  await db.user.create({
    data: { email: "gone@example.test", name: "Gone", slug: "gone", role: "AUTHOR", passwordHash, active: false },
  });
  await db.user.create({ data: { email: "byline@example.test", name: "Byline", slug: "byline", role: "AUTHOR" } });
});

describe("authenticate", () => {
  it("signs in with the right password, whatever the email's case, and audits it", async () => {
    const result = await authenticate(db, "  Editor@Example.TEST ", PASSWORD, "10.0.0.1");
    expect(result).toMatchObject({ ok: true, user: { email: "editor@example.test", role: "EDITOR" } });
    expect(await db.auditEvent.count({ where: { action: "auth.sign-in" } })).toBe(1);
    expect((await db.user.findUnique({ where: { email: "editor@example.test" } }))?.lastLoginAt).not.toBeNull();
  });

  it.each([
    ["a wrong password", "editor@example.test", "wrong password here"],
    ["an unknown email", "nobody@example.test", PASSWORD],
    ["a deactivated account", "gone@example.test", PASSWORD],
    ["a byline-only account with no password", "byline@example.test", ""],
  ])("refuses %s with the same answer", async (_, email, password) => {
    expect(await authenticate(db, email, password, "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks an email and address after 10 failures, even for the right password, then lets go", async () => {
    const ip = "10.0.0.3";
    const t0 = new Date("2026-01-01T10:00:00Z");
    for (let i = 0; i < MAX_FAILURES - 1; i++) {
      expect(
        (await authenticate(db, "editor@example.test", "nope nope nope", ip, new Date(t0.getTime() + i * 1000))).ok,
      ).toBe(false);
    }
    const tenth = await authenticate(db, "editor@example.test", "nope nope nope", ip, new Date(t0.getTime() + 10_000));
    expect(tenth).toEqual({ ok: false, reason: "locked" });
    const during = new Date(t0.getTime() + 10_000 + LOCK_MS - 1000);
    expect(await authenticate(db, "editor@example.test", PASSWORD, ip, during)).toEqual({
      ok: false,
      reason: "locked",
    });
    // Another address is not affected.
    expect((await authenticate(db, "editor@example.test", PASSWORD, "10.0.0.4", during)).ok).toBe(true);
    const after = new Date(t0.getTime() + 10_000 + LOCK_MS + 1000);
    expect((await authenticate(db, "editor@example.test", PASSWORD, ip, after)).ok).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "auth.sign-in.locked" } })).toBeGreaterThan(0);
  });

  it("forgets failures older than the window", async () => {
    const ip = "10.0.0.5";
    const t0 = new Date("2026-02-01T10:00:00Z");
    for (let i = 0; i < MAX_FAILURES - 1; i++) await authenticate(db, "editor@example.test", "nope nope nope", ip, t0);
    const later = new Date(t0.getTime() + 16 * 60_000);
    expect(await authenticate(db, "editor@example.test", "nope nope nope", ip, later)).toEqual({
      ok: false,
      reason: "invalid",
    });
  });
});
