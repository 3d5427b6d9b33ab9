-- DropIndex
DROP INDEX "Article_status_publishedAt_idx";

-- DropIndex
DROP INDEX "Article_sectionId_status_publishedAt_idx";

-- DropIndex
DROP INDEX "Article_featured_status_publishedAt_idx";

-- DropIndex
DROP INDEX "ArticleAuthor_userId_articleId_idx";

-- DropIndex
DROP INDEX "ArticleTag_tagId_articleId_idx";

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "bodyText" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "ArticleAuthor" ADD COLUMN     "deletedAt" TIMESTAMP(3),
ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "status" "ArticleStatus" NOT NULL DEFAULT 'DRAFT';

-- AlterTable
ALTER TABLE "ArticleTag" ADD COLUMN     "deletedAt" TIMESTAMP(3),
ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "status" "ArticleStatus" NOT NULL DEFAULT 'DRAFT';

-- CreateTable
CREATE TABLE "CacheInvalidation" (
    "id" SERIAL NOT NULL,
    "tags" TEXT NOT NULL,
    "origin" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CacheInvalidation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CacheInvalidation_createdAt_idx" ON "CacheInvalidation"("createdAt");

-- CreateIndex
CREATE INDEX "Article_status_deletedAt_publishedAt_id_idx" ON "Article"("status", "deletedAt", "publishedAt", "id");

-- CreateIndex
CREATE INDEX "Article_sectionId_status_deletedAt_publishedAt_id_idx" ON "Article"("sectionId", "status", "deletedAt", "publishedAt", "id");

-- CreateIndex
CREATE INDEX "Article_featured_status_deletedAt_publishedAt_id_idx" ON "Article"("featured", "status", "deletedAt", "publishedAt", "id");

-- CreateIndex
CREATE INDEX "ArticleAuthor_userId_status_deletedAt_publishedAt_articleId_idx" ON "ArticleAuthor"("userId", "status", "deletedAt", "publishedAt", "articleId");

-- CreateIndex
CREATE INDEX "ArticleTag_tagId_status_deletedAt_publishedAt_articleId_idx" ON "ArticleTag"("tagId", "status", "deletedAt", "publishedAt", "articleId");

-- Full-text search on PostgreSQL (lib/search/postgres.ts): a weighted tsvector kept by the
-- database itself (a stored generated column, so no trigger can be forgotten) and a GIN index.
-- Weights: headline A, standfirst B, body C. Not in schema.prisma, which cannot describe it.
ALTER TABLE "Article" ADD COLUMN IF NOT EXISTS "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', "title"), 'A') ||
    setweight(to_tsvector('english', "standfirst"), 'B') ||
    setweight(to_tsvector('english', "bodyText"), 'C')
) STORED;

CREATE INDEX IF NOT EXISTS "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

-- Listing mirrors on PostgreSQL (lib/content/read/listings.ts): "ArticleTag" and "ArticleAuthor"
-- carry copies of their article's status, publishedAt and deletedAt, so that one tag's or one
-- author's published stories come straight off an index of the link table, newest first, however
-- large the archive. These triggers keep the copies exact on every write. Re-runnable.
CREATE OR REPLACE FUNCTION "article_link_copy_visibility"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT a."status", a."publishedAt", a."deletedAt" INTO NEW."status", NEW."publishedAt", NEW."deletedAt"
    FROM "Article" a WHERE a."id" = NEW."articleId";
    RETURN NEW;
END $$;

DROP TRIGGER IF EXISTS "article_tag_copy_visibility" ON "ArticleTag";
CREATE TRIGGER "article_tag_copy_visibility" BEFORE INSERT ON "ArticleTag"
    FOR EACH ROW EXECUTE FUNCTION "article_link_copy_visibility"();

DROP TRIGGER IF EXISTS "article_author_copy_visibility" ON "ArticleAuthor";
CREATE TRIGGER "article_author_copy_visibility" BEFORE INSERT ON "ArticleAuthor"
    FOR EACH ROW EXECUTE FUNCTION "article_link_copy_visibility"();

CREATE OR REPLACE FUNCTION "article_sync_visibility"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "ArticleTag" SET "status" = NEW."status", "publishedAt" = NEW."publishedAt", "deletedAt" = NEW."deletedAt" WHERE "articleId" = NEW."id";
    UPDATE "ArticleAuthor" SET "status" = NEW."status", "publishedAt" = NEW."publishedAt", "deletedAt" = NEW."deletedAt" WHERE "articleId" = NEW."id";
    RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS "article_sync_visibility" ON "Article";
CREATE TRIGGER "article_sync_visibility" AFTER UPDATE OF "status", "publishedAt", "deletedAt" ON "Article"
    FOR EACH ROW EXECUTE FUNCTION "article_sync_visibility"();

UPDATE "ArticleTag" t SET "status" = a."status", "publishedAt" = a."publishedAt", "deletedAt" = a."deletedAt" FROM "Article" a WHERE a."id" = t."articleId";
UPDATE "ArticleAuthor" t SET "status" = a."status", "publishedAt" = a."publishedAt", "deletedAt" = a."deletedAt" FROM "Article" a WHERE a."id" = t."articleId";
