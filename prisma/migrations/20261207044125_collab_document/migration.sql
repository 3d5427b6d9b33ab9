-- CreateTable
CREATE TABLE "ArticleDocument" (
    "articleId" TEXT NOT NULL PRIMARY KEY,
    "state" BLOB NOT NULL,
    "lineage" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ArticleDocument_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
