-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'BLIND_REQUESTED';
ALTER TYPE "NotificationKind" ADD VALUE 'BLIND_COMPLETE';

-- CreateTable
CREATE TABLE "BlindReview" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),
    "adjudicatedAt" TIMESTAMP(3),
    "adjudicatedById" TEXT,
    "finalVerdictId" TEXT,
    "finalRationale" TEXT,
    "cancelledAt" TIMESTAMP(3),
    "cancelledById" TEXT,
    "cancelReason" TEXT,

    CONSTRAINT "BlindReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BlindVerdict" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "verdictId" TEXT,
    "rationale" TEXT,
    "sources" JSONB NOT NULL DEFAULT '[]',
    "submittedAt" TIMESTAMP(3),

    CONSTRAINT "BlindVerdict_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BlindReview_claimId_idx" ON "BlindReview"("claimId");

-- CreateIndex
CREATE INDEX "BlindReview_completedAt_idx" ON "BlindReview"("completedAt");

-- CreateIndex
CREATE INDEX "BlindVerdict_reviewerId_submittedAt_idx" ON "BlindVerdict"("reviewerId", "submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "BlindVerdict_reviewId_reviewerId_key" ON "BlindVerdict"("reviewId", "reviewerId");

-- AddForeignKey
ALTER TABLE "BlindReview" ADD CONSTRAINT "BlindReview_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlindReview" ADD CONSTRAINT "BlindReview_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlindReview" ADD CONSTRAINT "BlindReview_adjudicatedById_fkey" FOREIGN KEY ("adjudicatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlindReview" ADD CONSTRAINT "BlindReview_finalVerdictId_fkey" FOREIGN KEY ("finalVerdictId") REFERENCES "Verdict"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlindReview" ADD CONSTRAINT "BlindReview_cancelledById_fkey" FOREIGN KEY ("cancelledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlindVerdict" ADD CONSTRAINT "BlindVerdict_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "BlindReview"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlindVerdict" ADD CONSTRAINT "BlindVerdict_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlindVerdict" ADD CONSTRAINT "BlindVerdict_verdictId_fkey" FOREIGN KEY ("verdictId") REFERENCES "Verdict"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- At most one open blind review per claim.
CREATE UNIQUE INDEX "BlindReview_one_open_per_claim" ON "BlindReview"("claimId") WHERE "adjudicatedAt" IS NULL AND "cancelledAt" IS NULL;
