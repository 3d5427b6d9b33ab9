import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchScope } from "./types";

// The WHERE conditions on the article table (aliased `a`) for a search scope. Both engines use
// them: the table and column names are the same on SQLite and PostgreSQL.
export function scopeConditions(scope: SearchScope, statusAsText: (column: Prisma.Sql) => Prisma.Sql): Prisma.Sql[] {
  const status = statusAsText(Prisma.raw(`a."status"`));
  const where: Prisma.Sql[] = [];
  // The reader rule of lib/content/visibility.ts: published, its time come, no embargo, not in the trash.
  const visibleToReaders = (at: Date) =>
    Prisma.sql`(${status} = 'PUBLISHED' AND a."publishedAt" <= ${at} AND a."deletedAt" IS NULL AND (a."embargoUntil" IS NULL OR a."embargoUntil" <= ${at}))`;
  if (scope.visibleAt) {
    where.push(visibleToReaders(scope.visibleAt));
  } else {
    where.push(scope.trashed ? Prisma.sql`a."deletedAt" IS NOT NULL` : Prisma.sql`a."deletedAt" IS NULL`);
    if (scope.statuses?.length) where.push(Prisma.sql`${status} IN (${Prisma.join(scope.statuses)})`);
  }
  if (scope.sectionId !== undefined) where.push(Prisma.sql`a."sectionId" = ${scope.sectionId}`);
  if (scope.authorId !== undefined) {
    where.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ArticleAuthor" aa WHERE aa."articleId" = a."id" AND aa."userId" = ${scope.authorId})`,
    );
  }
  if (scope.viewerId !== undefined) {
    // lib/articles/desk-visibility.ts: their own, or what readers can see at this moment.
    where.push(
      Prisma.sql`(${visibleToReaders(scope.viewerAt ?? new Date())} OR EXISTS (SELECT 1 FROM "ArticleAuthor" av WHERE av."articleId" = a."id" AND av."userId" = ${scope.viewerId}))`,
    );
  }
  const field = Prisma.raw(`a."${scope.dateField ?? "publishedAt"}"`);
  if (scope.from) where.push(Prisma.sql`${field} >= ${scope.from}`);
  if (scope.to) where.push(Prisma.sql`${field} < ${scope.to}`);
  return where;
}
