import type { PrismaClient } from "@/lib/db/client";

// After MAX_FAILURES failed sign-ins for one email from one address within WINDOW, that pair is
// refused for LOCK, even with the right password. State lives in the database so it survives
// restarts and is shared by every server instance.
export const MAX_FAILURES = 10;
export const WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;

const keyFor = (email: string, ip: string) => `${email.toLowerCase()}|${ip}`;

export async function isLocked(db: PrismaClient, email: string, ip: string, now = new Date()): Promise<boolean> {
  const row = await db.loginThrottle.findUnique({ where: { key: keyFor(email, ip) }, select: { lockedUntil: true } });
  return !!row?.lockedUntil && row.lockedUntil > now;
}

/** Counts a failure; returns true when this failure starts a lock. */
export async function recordFailure(db: PrismaClient, email: string, ip: string, now = new Date()): Promise<boolean> {
  const key = keyFor(email, ip);
  return db.$transaction(async (tx) => {
    const row = await tx.loginThrottle.findUnique({ where: { key } });
    const fresh = !row || row.windowStart.getTime() <= now.getTime() - WINDOW_MS;
    const failures = fresh ? 1 : row.failures + 1;
    const locks = failures >= MAX_FAILURES;
    const data = locks
      ? { failures: 0, windowStart: now, lockedUntil: new Date(now.getTime() + LOCK_MS) }
      : { failures, windowStart: fresh ? now : row.windowStart };
    await tx.loginThrottle.upsert({ where: { key }, create: { key, ...data }, update: data });
    return locks;
  });
}

export async function clearFailures(db: PrismaClient, email: string, ip: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key: keyFor(email, ip) } });
}
