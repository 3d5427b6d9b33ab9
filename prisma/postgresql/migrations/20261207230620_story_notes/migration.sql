-- CreateTable
CREATE TABLE "StoryNote" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "authorId" TEXT,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoryNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StoryNote_articleId_createdAt_idx" ON "StoryNote"("articleId", "createdAt");

-- AddForeignKey
ALTER TABLE "StoryNote" ADD CONSTRAINT "StoryNote_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoryNote" ADD CONSTRAINT "StoryNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
