import { decode } from "next-auth/jwt";
import type { PrismaClient } from "@/lib/db/client";
import { openAt, openSession } from "@/lib/auth/desk-sessions";
import { isRole, type Role } from "@/lib/auth/permissions";
import { sessionCookieName } from "@/lib/auth/session-cookie";

export interface CollabUser {
  id: string;
  name: string;
  role: Role;
  /** The session version the connection was opened with: a later bump ends it. */
  sv: number;
  /** The desk session the connection was opened with: signing it out ends the connection. */
  sid: string;
}

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

/**
 * The desk user a WebSocket upgrade's cookies belong to, checked as every desk request is
 * (lib/auth/session.ts): active, with a password, and a session neither ended by a version bump
 * nor signed out.
 */
export async function collabUser(
  db: PrismaClient,
  cookieHeader: string | undefined,
  opts: { secret: string; secure: boolean },
): Promise<CollabUser | null> {
  const token = cookieValue(cookieHeader, sessionCookieName(opts.secure));
  if (!token) return null;
  const claims = await decode({ token, secret: opts.secret }).catch(() => null);
  const uid = typeof claims?.uid === "string" ? claims.uid : null;
  const sv = typeof claims?.sv === "number" ? claims.sv : null;
  const sid = typeof claims?.sid === "string" ? claims.sid : null;
  if (!uid || sv === null || !sid || (typeof claims?.exp === "number" && claims.exp * 1000 < Date.now())) return null;
  const [user, open] = await Promise.all([
    db.user.findUnique({
      where: { id: uid },
      select: { id: true, name: true, role: true, active: true, sessionVersion: true, passwordHash: true },
    }),
    openSession(db, sid, uid),
  ]);
  if (!user || !user.active || !user.passwordHash || user.sessionVersion !== sv || !isRole(user.role)) return null;
  if (!open) return null;
  return { id: user.id, name: user.name, role: user.role, sv, sid };
}

/** Whether each of these users still holds the session they connected with, and their role now. */
export async function currentUsers(db: PrismaClient, users: CollabUser[], now = new Date()) {
  const [rows, sessions] = await Promise.all([
    db.user.findMany({
      where: { id: { in: [...new Set(users.map((u) => u.id))] } },
      select: { id: true, role: true, active: true, sessionVersion: true, passwordHash: true },
    }),
    db.deskSession.findMany({
      where: { id: { in: [...new Set(users.map((u) => u.sid))] }, ...openAt(now) },
      select: { id: true, userId: true },
    }),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const open = new Map(sessions.map((s) => [s.id, s.userId]));
  return (u: CollabUser): CollabUser | null => {
    const r = byId.get(u.id);
    if (!r || !r.active || !r.passwordHash || r.sessionVersion !== u.sv || !isRole(r.role)) return null;
    if (open.get(u.sid) !== u.id) return null;
    return { ...u, role: r.role };
  };
}
