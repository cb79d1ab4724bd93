-- CreateTable
CREATE TABLE "DeskEvent" (
    "id" BIGSERIAL NOT NULL,
    "articleId" TEXT NOT NULL,
    "claimId" TEXT,
    "kind" TEXT NOT NULL,
    "actorId" TEXT,
    "actorName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeskEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DeskEvent_articleId_id_idx" ON "DeskEvent"("articleId", "id");

-- CreateIndex
CREATE INDEX "DeskEvent_createdAt_idx" ON "DeskEvent"("createdAt");
