import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { passwordProblem } from "@/lib/auth/password";
import { UserError } from "@/lib/errors";
import { setPassword } from "./accounts";

export const TOKEN_TTL_MS = 72 * 3_600_000;

const digest = (token: string) => createHash("sha256").update(token).digest("hex");

/** A one-time set-password token; any earlier unused token of the user stops working. Shown once, stored hashed. */
export async function issuePasswordToken(
  db: PrismaClient,
  userId: string,
  actorId: string | null,
  now = new Date(),
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.$transaction([
    db.passwordToken.deleteMany({ where: { userId, usedAt: null } }),
    db.passwordToken.create({
      data: {
        userId,
        tokenHash: digest(token),
        expiresAt: new Date(now.getTime() + TOKEN_TTL_MS),
        createdById: actorId,
      },
    }),
    recordAudit(db, { action: "user.password-link", entityType: "User", entityId: userId, actorId }),
  ]);
  return token;
}

/** A fresh one-time link for an active account (an inactive one could not use it). */
export async function issuePasswordLink(db: PrismaClient, userId: string, actorId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, name: true, active: true } });
  if (!user || !user.active) throw new UserError("Only an active user can get a password link.");
  return { name: user.name, token: await issuePasswordToken(db, user.id, actorId) };
}

/** The account a token may set a password for, or null when it is unknown, used or expired. */
export async function findTokenUser(db: PrismaClient, token: string, now = new Date()) {
  const row = await db.passwordToken.findUnique({
    where: { tokenHash: digest(token) },
    include: { user: { select: { id: true, name: true, email: true, active: true } } },
  });
  if (!row || row.usedAt || row.expiresAt <= now || !row.user.active) return null;
  return row.user;
}

export async function redeemPasswordToken(db: PrismaClient, token: string, password: string, now = new Date()) {
  const user = await findTokenUser(db, token, now);
  if (!user) throw new UserError("This link has expired or has already been used. Ask an administrator for a new one.");
  const problem = passwordProblem(password, user);
  if (problem) throw new UserError(problem, "password");
  // Claim the token first, atomically, so that it can set a password only once.
  const { count } = await db.passwordToken.updateMany({
    where: { tokenHash: digest(token), usedAt: null },
    data: { usedAt: now },
  });
  if (count !== 1) throw new UserError("This link has already been used.");
  await setPassword(db, user.id, password, user.id);
  return user;
}
