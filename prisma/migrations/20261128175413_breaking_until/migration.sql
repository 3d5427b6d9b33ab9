-- AlterTable
ALTER TABLE "Article" ADD COLUMN "breakingUntil" DATETIME;
