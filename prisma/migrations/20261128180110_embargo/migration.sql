-- AlterTable
ALTER TABLE "Article" ADD COLUMN "embargoUntil" DATETIME;
