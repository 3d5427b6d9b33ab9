import type { PrismaClient } from "@/lib/db/client";
import type { RedirectTarget } from "../types";

// Only site-relative targets: a recorded redirect must never send readers to another host.
const isLocalPath = (path: string) => path.startsWith("/") && !path.startsWith("//") && !path.includes("\\");

/** The recorded redirect for a path, or null. 302 and 307 stay temporary; everything else is permanent. */
export async function findRedirect(db: PrismaClient, fromPath: string): Promise<RedirectTarget | null> {
  const row = await db.redirect.findUnique({ where: { fromPath }, select: { toPath: true, statusCode: true } });
  if (!row || !isLocalPath(row.toPath) || row.toPath === fromPath) return null;
  return { toPath: row.toPath, permanent: row.statusCode !== 302 && row.statusCode !== 307 };
}
