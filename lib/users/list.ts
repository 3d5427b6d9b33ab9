import type { PrismaClient } from "@/lib/db/client";
import type { Role } from "@/lib/auth/permissions";

export interface UserRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  canSignIn: boolean;
  lastLoginAt: string | null;
}

/** Every user, desk accounts first; never the password hash itself. */
export async function listUsers(db: PrismaClient): Promise<UserRow[]> {
  const rows = await db.user.findMany({
    orderBy: [{ name: "asc" }],
    select: { id: true, name: true, email: true, role: true, active: true, passwordHash: true, lastLoginAt: true },
  });
  return rows
    .map(({ passwordHash, lastLoginAt, ...u }) => ({
      ...u,
      canSignIn: passwordHash !== null,
      lastLoginAt: lastLoginAt?.toISOString() ?? null,
    }))
    .sort((a, b) => Number(b.canSignIn) - Number(a.canSignIn));
}
