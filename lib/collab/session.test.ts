import { encode } from "next-auth/jwt";
import { afterAll, describe, expect, it } from "vitest";
import { endDeskSession, openDeskSession } from "@/lib/auth/desk-sessions";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { createTempDatabase } from "@/lib/testing/temp-db";
import { createAccount } from "@/lib/users/accounts";
import { collabUser, currentUsers } from "./session";

const temp = createTempDatabase();
const { db } = temp;
afterAll(() => temp.cleanup());

const opts = { secret: "a test secret that is long enough to sign with", secure: false };

async function cookieFor(claims: Record<string, unknown>) {
  const token = await encode({ token: claims, secret: opts.secret });
  return `${sessionCookieName(false)}=${token}`;
}

describe("co-editing sessions", () => {
  it("open for a session that is open, and end when it is signed out", async () => {
    const user = await createAccount(db, {
      email: "collab@example.test",
      name: "Collab",
      role: "EDITOR",
      password: "lantern orchard 42 quietly",
    });
    const sid = await openDeskSession(db, user.id, "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0");
    const cookie = await cookieFor({ uid: user.id, sv: 0, sid });
    const connected = await collabUser(db, cookie, opts);
    expect(connected).toMatchObject({ id: user.id, role: "EDITOR", sid });
    // A token from before sessions were kept has no session id: it is refused.
    expect(await collabUser(db, await cookieFor({ uid: user.id, sv: 0 }), opts)).toBeNull();

    expect((await currentUsers(db, [connected!]))(connected!)).not.toBeNull();
    await endDeskSession(db, sid, user.id);
    expect((await currentUsers(db, [connected!]))(connected!)).toBeNull();
    expect(await collabUser(db, cookie, opts)).toBeNull();
  });
});
