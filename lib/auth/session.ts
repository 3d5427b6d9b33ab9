import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { mediaSrc } from "@/lib/media/urls";
import { openSession, touchDeskSession } from "./desk-sessions";
import { authOptions } from "./options";
import { can, type Action, type Role } from "./permissions";

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  slug: string;
  role: Role;
  /** The profile photo, as the media library serves it; null when there is none. */
  avatar: { src: string; width: number; height: number } | null;
}

/**
 * The signed-in desk user and their session, checked against the database on every request: a
 * deactivated user, a session issued before the user's session version was bumped, or one that
 * has ended (signed out, or ended from another device) counts as signed out.
 */
const currentSession = cache(async (): Promise<{ user: SessionUser; sessionId: string } | null> => {
  const session = (await getServerSession(authOptions)) as { uid?: string; sv?: number; sid?: string } | null;
  if (!session?.uid || !session.sid) return null;
  const [user, open] = await Promise.all([
    db.user.findUnique({
      where: { id: session.uid },
      select: {
        id: true,
        name: true,
        email: true,
        slug: true,
        role: true,
        active: true,
        sessionVersion: true,
        passwordHash: true,
        avatar: { select: { storageKey: true, width: true, height: true } },
      },
    }),
    openSession(db, session.sid, session.uid),
  ]);
  if (!user || !user.active || !user.passwordHash || user.sessionVersion !== session.sv || !open) return null;
  await touchDeskSession(db, session.sid, open.lastSeenAt);
  const avatar = user.avatar
    ? { src: mediaSrc(user.avatar.storageKey), width: user.avatar.width, height: user.avatar.height }
    : null;
  return {
    user: { id: user.id, name: user.name, email: user.email, slug: user.slug, role: user.role, avatar },
    sessionId: session.sid,
  };
});

export const getCurrentUser = cache(async (): Promise<SessionUser | null> => (await currentSession())?.user ?? null);

/** The id of the session this request belongs to, so the profile page can tell it from the others. */
export const getCurrentSessionId = cache(
  async (): Promise<string | null> => (await currentSession())?.sessionId ?? null,
);

/** For desk pages: the user, or a redirect to the sign-in page. */
export async function requireUser(nextPath?: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(nextPath ? `/admin/login?next=${encodeURIComponent(nextPath)}` : "/admin/login");
  return user;
}

/** For desk pages: the user if their role allows `action`, otherwise the 403 page. */
export async function requirePermission(action: Action, nextPath?: string): Promise<SessionUser> {
  const user = await requireUser(nextPath);
  if (!can(user.role, action)) forbidden();
  return user;
}
