import type { PrismaClient } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { endDeskSession, listOpenSessions, openAt } from "./desk-sessions";

// The profile page's view of one's own desk sessions: the list, and ending one of them.

export interface OwnSession {
  id: string;
  device: string;
  createdAt: string;
  lastSeenAt: string;
  current: boolean;
}

/** One's open sessions, this one first, with times as ISO strings for the page. */
export async function ownSessions(db: PrismaClient, userId: string, currentId: string | null): Promise<OwnSession[]> {
  const rows = await listOpenSessions(db, userId);
  return rows
    .map((r) => ({
      id: r.id,
      device: r.device,
      createdAt: r.createdAt.toISOString(),
      lastSeenAt: r.lastSeenAt.toISOString(),
      current: r.id === currentId,
    }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}

/** An open session, whoever's it is: the action's rule decides whether the caller may end it. */
export function findDeskSession(db: PrismaClient, id: string, now = new Date()) {
  return db.deskSession.findFirst({
    where: { id, ...openAt(now) },
    select: { id: true, userId: true },
  });
}

/** The rule: a person ends only their own sessions. */
export const ownsSession = (user: { id: string }, session: { userId: string }) => session.userId === user.id;

async function endWithAudit(db: PrismaClient, id: string, userId: string, action: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    if (!(await endDeskSession(tx, id, userId))) return false;
    await recordAudit(tx, { action, entityType: "User", entityId: userId, actorId: userId });
    return true;
  });
}

/** Ends one of `userId`'s sessions from another of theirs; false when it had already ended. */
export const endOwnDeskSession = (db: PrismaClient, id: string, userId: string) =>
  endWithAudit(db, id, userId, "auth.session.end");

/** Signing out: this session ends, and a copy of its cookie is refused from now on. */
export const signOutDeskSession = (db: PrismaClient, id: string, userId: string) =>
  endWithAudit(db, id, userId, "auth.sign-out");
