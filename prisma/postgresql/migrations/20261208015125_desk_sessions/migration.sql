-- CreateTable
CREATE TABLE "DeskSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "device" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "DeskSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DeskSession_userId_idx" ON "DeskSession"("userId");

-- CreateIndex
CREATE INDEX "DeskSession_expiresAt_idx" ON "DeskSession"("expiresAt");

-- AddForeignKey
ALTER TABLE "DeskSession" ADD CONSTRAINT "DeskSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
