-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ArticleAuthor" (
    "articleId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "publishedAt" DATETIME,
    "deletedAt" DATETIME,

    PRIMARY KEY ("articleId", "userId"),
    CONSTRAINT "ArticleAuthor_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArticleAuthor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_ArticleAuthor" ("articleId", "position", "userId") SELECT "articleId", "position", "userId" FROM "ArticleAuthor";
DROP TABLE "ArticleAuthor";
ALTER TABLE "new_ArticleAuthor" RENAME TO "ArticleAuthor";
CREATE INDEX "ArticleAuthor_userId_status_deletedAt_publishedAt_articleId_idx" ON "ArticleAuthor"("userId", "status", "deletedAt", "publishedAt", "articleId");
CREATE TABLE "new_ArticleTag" (
    "articleId" TEXT NOT NULL,
    "tagId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "publishedAt" DATETIME,
    "deletedAt" DATETIME,

    PRIMARY KEY ("articleId", "tagId"),
    CONSTRAINT "ArticleTag_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ArticleTag_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ArticleTag" ("articleId", "position", "tagId") SELECT "articleId", "position", "tagId" FROM "ArticleTag";
DROP TABLE "ArticleTag";
ALTER TABLE "new_ArticleTag" RENAME TO "ArticleTag";
CREATE INDEX "ArticleTag_tagId_status_deletedAt_publishedAt_articleId_idx" ON "ArticleTag"("tagId", "status", "deletedAt", "publishedAt", "articleId");
CREATE TABLE "new_CacheInvalidation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "tags" TEXT NOT NULL,
    "origin" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_CacheInvalidation" ("createdAt", "id", "tags") SELECT "createdAt", "id", "tags" FROM "CacheInvalidation";
DROP TABLE "CacheInvalidation";
ALTER TABLE "new_CacheInvalidation" RENAME TO "CacheInvalidation";
CREATE INDEX "CacheInvalidation_createdAt_idx" ON "CacheInvalidation"("createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Full-text search on SQLite (lib/search/sqlite.ts): an FTS5 index over the articles' headline,
-- standfirst and body text. It is an external-content table, so the text is stored once (in
-- "Article") and the triggers below keep the index in step with every write. Re-runnable:
-- `npm run migration:new` appends it to any migration that rebuilds the "Article" table, since
-- dropping the table drops its triggers and renumbers the rows the index points at.
CREATE VIRTUAL TABLE IF NOT EXISTS "article_search" USING fts5(
    title, standfirst, bodyText,
    content = 'Article', content_rowid = 'rowid',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

DROP TRIGGER IF EXISTS "article_search_insert";
CREATE TRIGGER "article_search_insert" AFTER INSERT ON "Article" BEGIN
    INSERT INTO "article_search" (rowid, title, standfirst, bodyText) VALUES (new.rowid, new.title, new.standfirst, new.bodyText);
END;

DROP TRIGGER IF EXISTS "article_search_delete";
CREATE TRIGGER "article_search_delete" AFTER DELETE ON "Article" BEGIN
    INSERT INTO "article_search" ("article_search", rowid, title, standfirst, bodyText) VALUES ('delete', old.rowid, old.title, old.standfirst, old.bodyText);
END;

DROP TRIGGER IF EXISTS "article_search_update";
CREATE TRIGGER "article_search_update" AFTER UPDATE OF title, standfirst, bodyText ON "Article" BEGIN
    INSERT INTO "article_search" ("article_search", rowid, title, standfirst, bodyText) VALUES ('delete', old.rowid, old.title, old.standfirst, old.bodyText);
    INSERT INTO "article_search" (rowid, title, standfirst, bodyText) VALUES (new.rowid, new.title, new.standfirst, new.bodyText);
END;

INSERT INTO "article_search" ("article_search") VALUES ('rebuild');

-- Listing mirrors on SQLite (lib/content/read/listings.ts): "ArticleTag" and "ArticleAuthor" carry
-- copies of their article's status, publishedAt and deletedAt, so that one tag's or one author's
-- published stories come straight off an index of the link table, newest first, however large the
-- archive. These triggers keep the copies exact on every write. Re-runnable: `npm run
-- migration:new` appends it to any migration that rebuilds one of the three tables.
DROP TRIGGER IF EXISTS "article_tag_copy_visibility";
CREATE TRIGGER "article_tag_copy_visibility" AFTER INSERT ON "ArticleTag" BEGIN
    UPDATE "ArticleTag" SET ("status", "publishedAt", "deletedAt") = (SELECT "status", "publishedAt", "deletedAt" FROM "Article" WHERE "id" = new."articleId")
    WHERE "articleId" = new."articleId" AND "tagId" = new."tagId";
END;

DROP TRIGGER IF EXISTS "article_author_copy_visibility";
CREATE TRIGGER "article_author_copy_visibility" AFTER INSERT ON "ArticleAuthor" BEGIN
    UPDATE "ArticleAuthor" SET ("status", "publishedAt", "deletedAt") = (SELECT "status", "publishedAt", "deletedAt" FROM "Article" WHERE "id" = new."articleId")
    WHERE "articleId" = new."articleId" AND "userId" = new."userId";
END;

DROP TRIGGER IF EXISTS "article_sync_visibility";
CREATE TRIGGER "article_sync_visibility" AFTER UPDATE OF "status", "publishedAt", "deletedAt" ON "Article" BEGIN
    UPDATE "ArticleTag" SET "status" = new."status", "publishedAt" = new."publishedAt", "deletedAt" = new."deletedAt" WHERE "articleId" = new."id";
    UPDATE "ArticleAuthor" SET "status" = new."status", "publishedAt" = new."publishedAt", "deletedAt" = new."deletedAt" WHERE "articleId" = new."id";
END;

UPDATE "ArticleTag" SET ("status", "publishedAt", "deletedAt") = (SELECT "status", "publishedAt", "deletedAt" FROM "Article" WHERE "id" = "ArticleTag"."articleId");
UPDATE "ArticleAuthor" SET ("status", "publishedAt", "deletedAt") = (SELECT "status", "publishedAt", "deletedAt" FROM "Article" WHERE "id" = "ArticleAuthor"."articleId");
