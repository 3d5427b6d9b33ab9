-- Full-text search on PostgreSQL (lib/search/postgres.ts): a weighted tsvector kept by the
-- database itself (a stored generated column, so no trigger can be forgotten) and a GIN index.
-- Weights: headline A, standfirst B, body C. Not in schema.prisma, which cannot describe it.
ALTER TABLE "Article" ADD COLUMN IF NOT EXISTS "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', "title"), 'A') ||
    setweight(to_tsvector('english', "standfirst"), 'B') ||
    setweight(to_tsvector('english', "bodyText"), 'C')
) STORED;

CREATE INDEX IF NOT EXISTS "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");
