import type { Prisma } from "@/lib/generated/prisma/client";
import { can, type Role } from "@/lib/auth/permissions";
import { publishedWhere } from "@/lib/content/visibility";

// Which stories a desk list, search or dashboard may name to someone. Those who may not open
// everyone's stories (lib/articles/access.ts mayView) find their own and what any reader can
// already see: not a story published under an embargo that holds, dated ahead, or in the trash,
// whose words a search would otherwise confirm one prefix at a time.

/** Whose view of the desk it is: undefined for those who may open every story. */
export const deskViewer = (user: { id: string; role: Role }) =>
  can(user.role, "article:edit-any") ? undefined : user.id;

/** The rule as a Prisma filter; the search engines write the same in SQL (lib/search/scope-sql.ts). */
export const visibleAtDesk = (viewerId: string | undefined, now: Date = new Date()): Prisma.ArticleWhereInput =>
  viewerId === undefined ? {} : { OR: [publishedWhere(now), { authors: { some: { userId: viewerId } } }] };
