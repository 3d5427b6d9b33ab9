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
