-- CreateTable
CREATE TABLE "DatabaseEpoch" (
    "id" TEXT NOT NULL DEFAULT 'db',
    "epoch" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DatabaseEpoch_pkey" PRIMARY KEY ("id")
);
