-- DropIndex
DROP INDEX "ArticleAuthor_userId_status_deletedAt_publishedAt_articleId_idx";

-- DropIndex
DROP INDEX "ArticleTag_tagId_status_deletedAt_publishedAt_articleId_idx";

-- AlterTable
ALTER TABLE "ArticleAuthor" ADD COLUMN "embargoUntil" DATETIME;

-- AlterTable
ALTER TABLE "ArticleTag" ADD COLUMN "embargoUntil" DATETIME;

-- CreateIndex
CREATE INDEX "ArticleAuthor_userId_status_deletedAt_publishedAt_articleId_embargoUntil_idx" ON "ArticleAuthor"("userId", "status", "deletedAt", "publishedAt", "articleId", "embargoUntil");

-- CreateIndex
CREATE INDEX "ArticleTag_tagId_status_deletedAt_publishedAt_articleId_embargoUntil_idx" ON "ArticleTag"("tagId", "status", "deletedAt", "publishedAt", "articleId", "embargoUntil");


-- The listing triggers now copy embargoUntil too (prisma/sql/sqlite/listings.sql at this migration).
-- Listing mirrors on SQLite (lib/content/read/listings.ts): "ArticleTag" and "ArticleAuthor" carry
-- copies of their article's status, publishedAt, deletedAt and embargoUntil, so that one tag's or one author's
-- published stories come straight off an index of the link table, newest first, however large the
-- archive. These triggers keep the copies exact on every write. Re-runnable: `npm run
-- migration:new` appends it to any migration that rebuilds one of the three tables.
DROP TRIGGER IF EXISTS "article_tag_copy_visibility";
CREATE TRIGGER "article_tag_copy_visibility" AFTER INSERT ON "ArticleTag" BEGIN
    UPDATE "ArticleTag" SET ("status", "publishedAt", "deletedAt", "embargoUntil") = (SELECT "status", "publishedAt", "deletedAt", "embargoUntil" FROM "Article" WHERE "id" = new."articleId")
    WHERE "articleId" = new."articleId" AND "tagId" = new."tagId";
END;

DROP TRIGGER IF EXISTS "article_author_copy_visibility";
CREATE TRIGGER "article_author_copy_visibility" AFTER INSERT ON "ArticleAuthor" BEGIN
    UPDATE "ArticleAuthor" SET ("status", "publishedAt", "deletedAt", "embargoUntil") = (SELECT "status", "publishedAt", "deletedAt", "embargoUntil" FROM "Article" WHERE "id" = new."articleId")
    WHERE "articleId" = new."articleId" AND "userId" = new."userId";
END;

DROP TRIGGER IF EXISTS "article_sync_visibility";
CREATE TRIGGER "article_sync_visibility" AFTER UPDATE OF "status", "publishedAt", "deletedAt", "embargoUntil" ON "Article" BEGIN
    UPDATE "ArticleTag" SET "status" = new."status", "publishedAt" = new."publishedAt", "deletedAt" = new."deletedAt", "embargoUntil" = new."embargoUntil" WHERE "articleId" = new."id";
    UPDATE "ArticleAuthor" SET "status" = new."status", "publishedAt" = new."publishedAt", "deletedAt" = new."deletedAt", "embargoUntil" = new."embargoUntil" WHERE "articleId" = new."id";
END;

UPDATE "ArticleTag" SET ("status", "publishedAt", "deletedAt", "embargoUntil") = (SELECT "status", "publishedAt", "deletedAt", "embargoUntil" FROM "Article" WHERE "id" = "ArticleTag"."articleId");
UPDATE "ArticleAuthor" SET ("status", "publishedAt", "deletedAt", "embargoUntil") = (SELECT "status", "publishedAt", "deletedAt", "embargoUntil" FROM "Article" WHERE "id" = "ArticleAuthor"."articleId");
