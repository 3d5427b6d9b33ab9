import type { PrismaClient } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { deviceLabel } from "./device-label";

// Desk sessions held in the database (model DeskSession): the session cookie is a signed token
// that cannot be taken back, so it carries a session id, and a session counts only while its row
// is open. No lookups here but by primary key or by user, both indexed.

/** As long as the session cookie itself lives (lib/auth/options.ts). */
export const SESSION_MAX_AGE_S = 60 * 60 * 12;
/** How stale "last seen" may get before a request writes it again: most requests only read. */
export const LAST_SEEN_EVERY_MS = 5 * 60_000;

type Writer = PrismaClient | Prisma.TransactionClient;

/** A session whose cookie still counts: not ended, not expired. The one rule every lookup uses. */
export const openAt = (now: Date) => ({ endedAt: null, expiresAt: { gt: now } }) satisfies Prisma.DeskSessionWhereInput;

export interface DeskSessionRow {
  id: string;
  device: string;
  createdAt: Date;
  lastSeenAt: Date;
}

/** Opens a session at sign-in, and prunes the rows no cookie can use any more. */
export async function openDeskSession(
  db: PrismaClient,
  userId: string,
  userAgent: string | null | undefined,
  now = new Date(),
): Promise<string> {
  await pruneDeskSessions(db, now);
  const row = await db.deskSession.create({
    data: {
      userId,
      device: deviceLabel(userAgent),
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_S * 1000),
    },
    select: { id: true },
  });
  return row.id;
}

/** Ended or expired: their cookies are refused either way, so the rows have nothing left to say. */
export async function pruneDeskSessions(db: Writer, now = new Date()): Promise<number> {
  const { count } = await db.deskSession.deleteMany({
    where: { OR: [{ expiresAt: { lte: now } }, { endedAt: { not: null } }] },
  });
  return count;
}

/** The open session `id` of `userId`, or null: the check every desk request makes. */
export async function openSession(db: PrismaClient, id: string, userId: string, now = new Date()) {
  const row = await db.deskSession.findUnique({
    where: { id },
    select: { userId: true, endedAt: true, expiresAt: true, lastSeenAt: true },
  });
  if (!row || row.userId !== userId || row.endedAt || row.expiresAt <= now) return null;
  return row;
}

/** Notes that the session was used, unless it was noted a few minutes ago. */
export async function touchDeskSession(db: PrismaClient, id: string, lastSeenAt: Date, now = new Date()) {
  if (now.getTime() - lastSeenAt.getTime() < LAST_SEEN_EVERY_MS) return;
  await db.deskSession.updateMany({ where: { id, endedAt: null }, data: { lastSeenAt: now } });
}

/**
 * Ends one session of `userId` (signing out, or from the profile page on another device); a
 * session of someone else is left alone. Returns whether a session was ended.
 */
export async function endDeskSession(db: Writer, id: string, userId: string, now = new Date()): Promise<boolean> {
  const { count } = await db.deskSession.updateMany({ where: { id, userId, endedAt: null }, data: { endedAt: now } });
  return count > 0;
}

/** Every session of a user, for a change that already ends them (a new session version). */
export function endAllDeskSessions(db: Writer, userId: string, now = new Date()) {
  return db.deskSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: now } });
}

/** The user's open sessions, most recently used first. */
export async function listOpenSessions(db: PrismaClient, userId: string, now = new Date()): Promise<DeskSessionRow[]> {
  return db.deskSession.findMany({
    where: { userId, ...openAt(now) },
    select: { id: true, device: true, createdAt: true, lastSeenAt: true },
    orderBy: { lastSeenAt: "desc" },
  });
}
