import { afterAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { changeRole, createAccount, setActive } from "@/lib/users/accounts";
import {
  endDeskSession,
  LAST_SEEN_EVERY_MS,
  listOpenSessions,
  openDeskSession,
  openSession,
  pruneDeskSessions,
  SESSION_MAX_AGE_S,
  touchDeskSession,
} from "./desk-sessions";
import { deviceLabel } from "./device-label";
import { endOwnDeskSession, findDeskSession, ownSessions, ownsSession, signOutDeskSession } from "./own-sessions";

const temp = createTempDatabase();
const { db } = temp;
afterAll(() => temp.cleanup());

const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
const IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
const STRONG = "lantern orchard 42 quietly";
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

async function person(name: string) {
  return createAccount(db, { email: `${name}@example.test`, name, role: "EDITOR", password: STRONG });
}

describe("desk sessions", () => {
  it("are open from sign-in until signed out, and only for their own user", async () => {
    const reporter = await person("reporter");
    const other = await person("other");
    const now = new Date();
    const id = await openDeskSession(db, reporter.id, FIREFOX, now);
    expect(await openSession(db, id, reporter.id, now)).not.toBeNull();
    // A token naming another user with this session id is not this session.
    expect(await openSession(db, id, other.id, now)).toBeNull();

    expect(await endDeskSession(db, id, other.id, now)).toBe(false);
    expect(await openSession(db, id, reporter.id, now)).not.toBeNull();
    expect(await endDeskSession(db, id, reporter.id, now)).toBe(true);
    expect(await openSession(db, id, reporter.id, now)).toBeNull();
    expect(await endDeskSession(db, id, reporter.id, now)).toBe(false);
  });

  it("expire with the cookie, and ended or expired rows are pruned at the next sign-in", async () => {
    const writer = await person("writer");
    const start = new Date("2026-12-01T09:00:00Z");
    const expiring = await openDeskSession(db, writer.id, FIREFOX, start);
    const ended = await openDeskSession(db, writer.id, FIREFOX, start);
    await endDeskSession(db, ended, writer.id, start);
    const end = later(start, SESSION_MAX_AGE_S * 1000);
    expect(await openSession(db, expiring, writer.id, later(end, -1))).not.toBeNull();
    expect(await openSession(db, expiring, writer.id, end)).toBeNull();

    const fresh = await openDeskSession(db, writer.id, FIREFOX, end);
    const left = await db.deskSession.findMany({ where: { userId: writer.id }, select: { id: true } });
    expect(left.map((r) => r.id)).toEqual([fresh]);
    expect(await pruneDeskSessions(db, end)).toBe(0);
  });

  it("note when they were last seen, writing at most every few minutes", async () => {
    const sub = await person("sub");
    const start = new Date();
    const id = await openDeskSession(db, sub.id, FIREFOX, start);
    const seen = async () => (await db.deskSession.findUniqueOrThrow({ where: { id } })).lastSeenAt.getTime();
    await touchDeskSession(db, id, start, later(start, LAST_SEEN_EVERY_MS - 1));
    expect(await seen()).toBe(start.getTime());
    await touchDeskSession(db, id, start, later(start, LAST_SEEN_EVERY_MS));
    expect(await seen()).toBe(start.getTime() + LAST_SEEN_EVERY_MS);
  });

  it("all end when the user's session version changes", async () => {
    const chief = await createAccount(db, {
      email: "chief@example.test",
      name: "Chief",
      role: "ADMIN",
      password: STRONG,
    });
    const desk = await person("desk");
    const a = await openDeskSession(db, desk.id, FIREFOX);
    const b = await openDeskSession(db, desk.id, IPHONE);
    await changeRole(db, desk.id, "AUTHOR", chief.id);
    expect(await listOpenSessions(db, desk.id)).toEqual([]);
    expect(await openSession(db, a, desk.id)).toBeNull();
    expect(await openSession(db, b, desk.id)).toBeNull();
    const c = await openDeskSession(db, desk.id, FIREFOX);
    await setActive(db, desk.id, false, chief.id);
    expect(await openSession(db, c, desk.id)).toBeNull();
  });
});

describe("one's own sessions", () => {
  it("lists this device first, and ends only one's own, with an audit entry", async () => {
    const me = await person("me");
    const someone = await person("someone");
    const start = new Date();
    const laptop = await openDeskSession(db, me.id, FIREFOX, start);
    const phone = await openDeskSession(db, me.id, IPHONE, later(start, 1000));
    const theirs = await openDeskSession(db, someone.id, FIREFOX, start);

    const list = await ownSessions(db, me.id, laptop);
    expect(list.map((s) => [s.device, s.current])).toEqual([
      ["Firefox on Linux", true],
      ["Safari on iOS", false],
    ]);

    const found = await findDeskSession(db, theirs);
    expect(found && ownsSession(me, found)).toBe(false);
    expect(await endOwnDeskSession(db, theirs, me.id)).toBe(false);
    expect(await openSession(db, theirs, someone.id)).not.toBeNull();

    expect(await endOwnDeskSession(db, phone, me.id)).toBe(true);
    expect(await findDeskSession(db, phone)).toBeNull();
    expect((await ownSessions(db, me.id, laptop)).map((s) => s.id)).toEqual([laptop]);
    expect(await db.auditEvent.count({ where: { action: "auth.session.end", actorId: me.id } })).toBe(1);
  });
});

describe("signing out", () => {
  it("ends this session only, once, with an audit entry", async () => {
    const leaver = await person("leaver");
    const here = await openDeskSession(db, leaver.id, FIREFOX);
    const elsewhere = await openDeskSession(db, leaver.id, IPHONE);
    expect(await signOutDeskSession(db, here, leaver.id)).toBe(true);
    expect(await signOutDeskSession(db, here, leaver.id)).toBe(false);
    expect(await openSession(db, here, leaver.id)).toBeNull();
    expect(await openSession(db, elsewhere, leaver.id)).not.toBeNull();
    expect(await db.auditEvent.count({ where: { action: "auth.sign-out", actorId: leaver.id } })).toBe(1);
  });
});

describe("device labels", () => {
  it("name the browser and system, never more", () => {
    expect(deviceLabel(FIREFOX)).toBe("Firefox on Linux");
    expect(deviceLabel(IPHONE)).toBe("Safari on iOS");
    expect(
      deviceLabel(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
      ),
    ).toBe("Edge on Windows");
    expect(
      deviceLabel(
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
      ),
    ).toBe("Chrome on macOS");
    expect(deviceLabel("")).toBe("Unknown browser");
    expect(deviceLabel(undefined)).toBe("Unknown browser");
  });
});
