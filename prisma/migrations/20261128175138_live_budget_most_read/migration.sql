-- The listing mirror triggers on the link tables read "Article"; SQLite refuses to rename a table
-- while a trigger names a missing one, so they are dropped for the rebuild and set up again below.
DROP TRIGGER IF EXISTS "article_tag_copy_visibility";
DROP TRIGGER IF EXISTS "article_author_copy_visibility";

-- CreateTable
CREATE TABLE "LiveUpdate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "authorId" TEXT,
    "title" TEXT NOT NULL DEFAULT '',
    "keyEvent" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "body" TEXT NOT NULL,
    CONSTRAINT "LiveUpdate_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LiveUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BudgetItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "day" DATETIME NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "slugLine" TEXT NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'PITCHED',
    "targetAt" DATETIME,
    "sectionId" TEXT,
    "assigneeId" TEXT,
    "articleId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "BudgetItem_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "BudgetItem_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "BudgetItem_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ArticleViewHour" (
    "articleId" TEXT NOT NULL,
    "hour" DATETIME NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("articleId", "hour")
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "standfirst" TEXT NOT NULL DEFAULT '',
    "excerpt" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "publishedAt" DATETIME,
    "scheduledFor" DATETIME,
    "revisedAt" DATETIME,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "dateline" TEXT NOT NULL DEFAULT '',
    "wordCount" INTEGER NOT NULL DEFAULT 0,
    "readingMinutes" INTEGER NOT NULL DEFAULT 1,
    "featured" BOOLEAN NOT NULL DEFAULT false,
    "breaking" BOOLEAN NOT NULL DEFAULT false,
    "metaTitle" TEXT,
    "metaDescription" TEXT,
    "canonicalUrl" TEXT,
    "sectionId" TEXT NOT NULL,
    "featuredImageId" TEXT,
    "socialImageId" TEXT,
    "lastEditorId" TEXT,
    "body" TEXT NOT NULL,
    "bodyHtml" TEXT NOT NULL DEFAULT '',
    "bodyText" TEXT NOT NULL DEFAULT '',
    "live" BOOLEAN NOT NULL DEFAULT false,
    "liveStartedAt" DATETIME,
    "liveEndedAt" DATETIME,
    CONSTRAINT "Article_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Article_featuredImageId_fkey" FOREIGN KEY ("featuredImageId") REFERENCES "Media" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Article_socialImageId_fkey" FOREIGN KEY ("socialImageId") REFERENCES "Media" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Article_lastEditorId_fkey" FOREIGN KEY ("lastEditorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("body", "bodyHtml", "bodyText", "breaking", "canonicalUrl", "createdAt", "dateline", "deletedAt", "excerpt", "featured", "featuredImageId", "id", "lastEditorId", "metaDescription", "metaTitle", "publishedAt", "readingMinutes", "revisedAt", "scheduledFor", "sectionId", "slug", "socialImageId", "standfirst", "status", "title", "updatedAt", "version", "wordCount") SELECT "body", "bodyHtml", "bodyText", "breaking", "canonicalUrl", "createdAt", "dateline", "deletedAt", "excerpt", "featured", "featuredImageId", "id", "lastEditorId", "metaDescription", "metaTitle", "publishedAt", "readingMinutes", "revisedAt", "scheduledFor", "sectionId", "slug", "socialImageId", "standfirst", "status", "title", "updatedAt", "version", "wordCount" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");
CREATE INDEX "Article_status_deletedAt_publishedAt_id_idx" ON "Article"("status", "deletedAt", "publishedAt", "id");
CREATE INDEX "Article_sectionId_status_deletedAt_publishedAt_id_idx" ON "Article"("sectionId", "status", "deletedAt", "publishedAt", "id");
CREATE INDEX "Article_featured_status_deletedAt_publishedAt_id_idx" ON "Article"("featured", "status", "deletedAt", "publishedAt", "id");
CREATE INDEX "Article_status_scheduledFor_idx" ON "Article"("status", "scheduledFor");
CREATE INDEX "Article_updatedAt_idx" ON "Article"("updatedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "LiveUpdate_articleId_publishedAt_idx" ON "LiveUpdate"("articleId", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetItem_articleId_key" ON "BudgetItem"("articleId");

-- CreateIndex
CREATE INDEX "BudgetItem_day_position_idx" ON "BudgetItem"("day", "position");

-- CreateIndex
CREATE INDEX "ArticleViewHour_hour_idx" ON "ArticleViewHour"("hour");

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
