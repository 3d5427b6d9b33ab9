import { decode } from "next-auth/jwt";
import type { PrismaClient } from "@/lib/db/client";
import { isRole, type Role } from "@/lib/auth/permissions";
import { sessionCookieName } from "@/lib/auth/session-cookie";

export interface CollabUser {
  id: string;
  name: string;
  role: Role;
  /** The session version the connection was opened with: a later bump ends it. */
  sv: number;
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
 * (lib/auth/session.ts): active, with a password, and a session not ended by a version bump.
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
  if (!uid || sv === null || (typeof claims?.exp === "number" && claims.exp * 1000 < Date.now())) return null;
  const user = await db.user.findUnique({
    where: { id: uid },
    select: { id: true, name: true, role: true, active: true, sessionVersion: true, passwordHash: true },
  });
  if (!user || !user.active || !user.passwordHash || user.sessionVersion !== sv || !isRole(user.role)) return null;
  return { id: user.id, name: user.name, role: user.role, sv };
}

/** Whether each of these users still holds the session they connected with, and their role now. */
export async function currentUsers(db: PrismaClient, users: CollabUser[]) {
  const rows = await db.user.findMany({
    where: { id: { in: [...new Set(users.map((u) => u.id))] } },
    select: { id: true, role: true, active: true, sessionVersion: true, passwordHash: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return (u: CollabUser): CollabUser | null => {
    const r = byId.get(u.id);
    if (!r || !r.active || !r.passwordHash || r.sessionVersion !== u.sv || !isRole(r.role)) return null;
    return { ...u, role: r.role };
  };
}
