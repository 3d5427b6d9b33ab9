import type { PrismaClient } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { verifyPassword } from "@/lib/auth/password";
import { setPassword } from "./accounts";
import { UserError } from "@/lib/errors";

// What a desk user changes about themselves on the profile page.

/** The public name and bio shown on their byline and author page, written with its audit entry. */
export async function updateOwnProfile(db: PrismaClient, userId: string, profile: { name: string; bio: string }) {
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: profile }),
    recordAudit(db, { action: "user.profile", entityType: "User", entityId: userId, actorId: userId }),
  ]);
}

/** A new password, only for someone who knows the current one; every session ends (setPassword). */
export async function changeOwnPassword(db: PrismaClient, userId: string, current: string, password: string) {
  const row = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!row?.passwordHash || !(await verifyPassword(row.passwordHash, current)))
    throw new UserError("Your current password is not right.", "current");
  await setPassword(db, userId, password, userId);
}
