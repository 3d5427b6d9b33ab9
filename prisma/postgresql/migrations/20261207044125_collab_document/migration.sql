-- CreateTable
CREATE TABLE "ArticleDocument" (
    "articleId" TEXT NOT NULL,
    "state" BYTEA NOT NULL,
    "lineage" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ArticleDocument_pkey" PRIMARY KEY ("articleId")
);

-- AddForeignKey
ALTER TABLE "ArticleDocument" ADD CONSTRAINT "ArticleDocument_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
