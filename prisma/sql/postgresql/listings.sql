-- Listing mirrors on PostgreSQL (lib/content/read/listings.ts): "ArticleTag" and "ArticleAuthor"
-- carry copies of their article's status, publishedAt, deletedAt and embargoUntil, so that one tag's or one
-- author's published stories come straight off an index of the link table, newest first, however
-- large the archive. These triggers keep the copies exact on every write. Re-runnable.
CREATE OR REPLACE FUNCTION "article_link_copy_visibility"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT a."status", a."publishedAt", a."deletedAt", a."embargoUntil" INTO NEW."status", NEW."publishedAt", NEW."deletedAt", NEW."embargoUntil"
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
    UPDATE "ArticleTag" SET "status" = NEW."status", "publishedAt" = NEW."publishedAt", "deletedAt" = NEW."deletedAt", "embargoUntil" = NEW."embargoUntil" WHERE "articleId" = NEW."id";
    UPDATE "ArticleAuthor" SET "status" = NEW."status", "publishedAt" = NEW."publishedAt", "deletedAt" = NEW."deletedAt", "embargoUntil" = NEW."embargoUntil" WHERE "articleId" = NEW."id";
    RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS "article_sync_visibility" ON "Article";
CREATE TRIGGER "article_sync_visibility" AFTER UPDATE OF "status", "publishedAt", "deletedAt", "embargoUntil" ON "Article"
    FOR EACH ROW EXECUTE FUNCTION "article_sync_visibility"();

UPDATE "ArticleTag" t SET "status" = a."status", "publishedAt" = a."publishedAt", "deletedAt" = a."deletedAt", "embargoUntil" = a."embargoUntil" FROM "Article" a WHERE a."id" = t."articleId";
UPDATE "ArticleAuthor" t SET "status" = a."status", "publishedAt" = a."publishedAt", "deletedAt" = a."deletedAt", "embargoUntil" = a."embargoUntil" FROM "Article" a WHERE a."id" = t."articleId";
