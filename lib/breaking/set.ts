import type { PrismaClient } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { can, type Role } from "@/lib/auth/permissions";
import { publishedWhere } from "@/lib/content/visibility";

type User = { id: string; role: Role };
export type BreakingResult = { ok: true; until: string | null } | { ok: false; message: string };

/**
 * Marks a story breaking until `until` (null: until cleared), or clears it (`breaking: false`).
 * Editors and administrators only, and only for a story readers can see.
 */
export async function setBreaking(
  db: PrismaClient,
  user: User,
  id: string,
  change: { breaking: boolean; until: Date | null },
  now = new Date(),
): Promise<BreakingResult> {
  if (!can(user.role, "article:publish-any")) return { ok: false, message: "Only editors can mark a story breaking." };
  const article = await db.article.findUnique({ where: { id }, select: { id: true, breaking: true } });
  if (!article) return { ok: false, message: "This article no longer exists." };
  if (change.breaking) {
    const visible = await db.article.count({ where: { AND: [publishedWhere(now), { id }] } });
    if (!visible) return { ok: false, message: "Only a published story readers can see can be breaking." };
    if (change.until && change.until <= now) return { ok: false, message: "Choose an expiry time in the future." };
  }
  const until = change.breaking ? change.until : null;
  await db.$transaction([
    db.article.update({ where: { id }, data: { breaking: change.breaking, breakingUntil: until } }),
    recordAudit(db, {
      action: change.breaking ? "article.breaking" : "article.breaking-clear",
      entityType: "Article",
      entityId: id,
      actorId: user.id,
      meta: { until: until?.toISOString() ?? null },
    }),
  ]);
  return { ok: true, until: until?.toISOString() ?? null };
}

/** The desk's view of a story's breaking state. */
export async function loadBreaking(db: PrismaClient, id: string) {
  const row = await db.article.findUnique({ where: { id }, select: { breaking: true, breakingUntil: true } });
  return row ? { breaking: row.breaking, until: row.breakingUntil?.toISOString() ?? null } : null;
}
