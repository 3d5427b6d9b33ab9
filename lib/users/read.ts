import type { PrismaClient } from "@/lib/db/client";

/** The bio a signed-in user edits on their profile page (the session carries their name, not this). */
export async function findOwnBio(db: PrismaClient, userId: string): Promise<string> {
  const { bio } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { bio: true } });
  return bio;
}
