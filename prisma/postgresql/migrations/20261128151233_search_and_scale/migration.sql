-- DropIndex
DROP INDEX "Article_status_publishedAt_idx";

-- DropIndex
DROP INDEX "Article_sectionId_status_publishedAt_idx";

-- DropIndex
DROP INDEX "Article_featured_status_publishedAt_idx";

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "bodyText" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "CacheInvalidation" (
    "id" SERIAL NOT NULL,
    "tags" TEXT NOT NULL,
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

-- Full-text search on PostgreSQL (lib/search/postgres.ts): a weighted tsvector kept by the
-- database itself (a stored generated column, so no trigger can be forgotten) and a GIN index.
-- Weights: headline A, standfirst B, body C. Not in schema.prisma, which cannot describe it.
ALTER TABLE "Article" ADD COLUMN IF NOT EXISTS "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', "title"), 'A') ||
    setweight(to_tsvector('english', "standfirst"), 'B') ||
    setweight(to_tsvector('english', "bodyText"), 'C')
) STORED;

CREATE INDEX IF NOT EXISTS "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");
