-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "embargoUntil" TIMESTAMP(3);
