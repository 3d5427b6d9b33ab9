import type { PrismaClient } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { normaliseEmail } from "@/lib/auth/authenticate";
import { endAllDeskSessions } from "@/lib/auth/desk-sessions";
import { hashPassword, passwordProblem } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/permissions";
import { uniqueSlug } from "@/lib/content/slug";
import { UserError } from "@/lib/errors";

export interface NewAccount {
  email: string;
  name: string;
  role: Role;
  /** Omitted for invitations: the user sets one through a one-time link. */
  password?: string;
}

/** Creates a desk account (or gives a password to an existing byline with that email only when `claimByline`). */
export async function createAccount(db: PrismaClient, input: NewAccount, actorId: string | null = null) {
  const email = normaliseEmail(input.email);
  const name = input.name.trim();
  if (!name) throw new UserError("Enter a name.", "name");
  if (input.password !== undefined) {
    const problem = passwordProblem(input.password, { email, name });
    if (problem) throw new UserError(problem, "password");
  }
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new UserError("A user with this email address already exists.", "email");
  }
  const slug = await uniqueSlug(
    name,
    async (s) => !!(await db.user.findUnique({ where: { slug: s }, select: { id: true } })),
  );
  const passwordHash = input.password !== undefined ? await hashPassword(input.password) : null;
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email, name, slug, role: input.role, passwordHash } });
    await recordAudit(tx, {
      action: "user.create",
      entityType: "User",
      entityId: user.id,
      actorId,
      meta: { email, role: input.role },
    });
    return user;
  });
}

/** Desk accounts are users who can sign in; bylines without a password are not. */
export function countDeskAccounts(db: PrismaClient) {
  return db.user.count({ where: { passwordHash: { not: null } } });
}

/** The first-run setup: creates the first ADMIN, only while no desk account exists. */
export async function createFirstAdmin(db: PrismaClient, input: Omit<NewAccount, "role"> & { password: string }) {
  if ((await countDeskAccounts(db)) > 0) throw new UserError("Setup has already been completed.");
  return createAccount(db, { ...input, role: "ADMIN" });
}

async function assertNotLastAdmin(db: PrismaClient, userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { role: true, active: true } });
  if (!user) throw new UserError("That user does not exist.");
  if (user.role !== "ADMIN" || !user.active) return;
  // Only administrators who can sign in count, and the one being changed does not: an invited
  // administrator who never set a password may be removed while a working one remains.
  const others = await db.user.count({
    where: { role: "ADMIN", active: true, passwordHash: { not: null }, id: { not: userId } },
  });
  if (others === 0)
    throw new UserError("This is the last active administrator: make someone else an administrator first.");
}

export async function changeRole(db: PrismaClient, userId: string, role: Role, actorId: string | null) {
  const current = await db.user.findUnique({ where: { id: userId }, select: { role: true } });
  if (!current) throw new UserError("That user does not exist.");
  if (current.role === role) return;
  if (current.role === "ADMIN") await assertNotLastAdmin(db, userId);
  // A new role takes effect at once: existing sessions must sign in again.
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { role, sessionVersion: { increment: 1 } } }),
    endAllDeskSessions(db, userId),
    recordAudit(db, {
      action: "user.role",
      entityType: "User",
      entityId: userId,
      actorId,
      meta: { from: current.role, to: role },
    }),
  ]);
}

export async function setActive(db: PrismaClient, userId: string, active: boolean, actorId: string | null) {
  if (!active) await assertNotLastAdmin(db, userId);
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { active, sessionVersion: { increment: 1 } } }),
    endAllDeskSessions(db, userId),
    recordAudit(db, {
      action: active ? "user.reactivate" : "user.deactivate",
      entityType: "User",
      entityId: userId,
      actorId,
    }),
  ]);
}

export async function setPassword(db: PrismaClient, userId: string, password: string, actorId: string | null) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, name: true } });
  if (!user) throw new UserError("That user does not exist.");
  const problem = passwordProblem(password, user);
  if (problem) throw new UserError(problem, "password");
  const passwordHash = await hashPassword(password);
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } }),
    endAllDeskSessions(db, userId),
    recordAudit(db, { action: "user.password", entityType: "User", entityId: userId, actorId }),
  ]);
}
