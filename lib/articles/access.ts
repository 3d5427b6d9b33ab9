import type { ArticleStatus } from "@/lib/generated/prisma/client";
import { can, canEditArticle, canPublishArticle, type Role } from "@/lib/auth/permissions";
import type { Transition } from "./lifecycle";

export interface ArticleAccessInfo {
  status: ArticleStatus;
  authorIds: string[];
  deletedAt: Date | string | null;
}

type User = { id: string; role: Role };

/** Who may change an article's content now: contributors only their own drafts. */
export function mayEdit(user: User, a: ArticleAccessInfo): boolean {
  if (a.deletedAt) return false;
  if (!canEditArticle(user, a.authorIds)) return false;
  if (user.role === "CONTRIBUTOR") return a.status === "DRAFT";
  return true;
}

export function mayPublish(user: User, a: ArticleAccessInfo): boolean {
  return !a.deletedAt && canPublishArticle(user, a.authorIds);
}

/** Anyone who may edit it may open it; editors may also look at anything in the trash. */
export function mayView(user: User, a: ArticleAccessInfo): boolean {
  return can(user.role, "article:edit-any") || a.authorIds.includes(user.id);
}

/** Who may move an article through its lifecycle that way (the editor shows only these buttons). */
export function mayMove(user: User, t: Transition, a: ArticleAccessInfo): boolean {
  switch (t) {
    case "submit":
      return mayEdit(user, a);
    case "withdraw":
      return !a.deletedAt && a.authorIds.includes(user.id);
    case "trash":
      return !a.deletedAt && (can(user.role, "article:delete-any") || (mayEdit(user, a) && a.status === "DRAFT"));
    case "restore":
      return !!a.deletedAt && can(user.role, "article:delete-any");
    default:
      return mayPublish(user, a);
  }
}
