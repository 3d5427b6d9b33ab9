-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "breakingUntil" TIMESTAMP(3);
