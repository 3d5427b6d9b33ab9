import type { PrismaClient } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { decoyHash, verifyPassword } from "./password";
import type { Role } from "./permissions";
import { clearFailures, isLocked, recordFailure } from "./throttle";

export interface AuthenticatedUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  sessionVersion: number;
}

export type AuthResult = { ok: true; user: AuthenticatedUser } | { ok: false; reason: "invalid" | "locked" };

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/**
 * Checks a sign-in. Every failure looks the same to the caller whether or not the account
 * exists, and takes as long; only throttling is reported separately, without naming the account.
 */
export async function authenticate(
  db: PrismaClient,
  rawEmail: string,
  password: string,
  ip: string,
  now = new Date(),
): Promise<AuthResult> {
  const email = normaliseEmail(rawEmail);
  if (await isLocked(db, email, ip, now)) {
    await recordAudit(db, { action: "auth.sign-in.locked", entityType: "User", ip, meta: { email } });
    return { ok: false, reason: "locked" };
  }
  const user = await db.user.findUnique({ where: { email } });
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
  if (!user || !user.passwordHash || !valid || !user.active) {
    const locked = await recordFailure(db, email, ip, now);
    await recordAudit(db, {
      action: "auth.sign-in.failed",
      entityType: "User",
      entityId: user?.id,
      ip,
      meta: { email, locked },
    });
    return { ok: false, reason: locked ? "locked" : "invalid" };
  }
  await clearFailures(db, email, ip);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
  await recordAudit(db, { action: "auth.sign-in", entityType: "User", entityId: user.id, actorId: user.id, ip });
  return {
    ok: true,
    user: { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion },
  };
}
