-- CreateEnum
CREATE TYPE "VerdictTone" AS ENUM ('TRUE', 'MIXED', 'FALSE', 'OTHER');

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "deletedAt" TIMESTAMP(3),
ADD COLUMN     "deletedById" TEXT,
ADD COLUMN     "deletionReason" TEXT,
ADD COLUMN     "substanceChangedById" TEXT,
ADD COLUMN     "verificationId" TEXT;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "retractedAt" TIMESTAMP(3),
ADD COLUMN     "retractedById" TEXT,
ADD COLUMN     "retractionReason" TEXT;

-- AlterTable
ALTER TABLE "Verdict" ADD COLUMN     "rating" INTEGER,
ADD COLUMN     "tone" "VerdictTone" NOT NULL DEFAULT 'OTHER';

-- CreateTable
CREATE TABLE "Verification" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "revisionNumber" INTEGER NOT NULL,
    "verifiedById" TEXT NOT NULL,
    "verifiedAt" TIMESTAMP(3) NOT NULL,
    "content" JSONB NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "Verification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Verification_claimId_verifiedAt_idx" ON "Verification"("claimId", "verifiedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_verificationId_key" ON "Claim"("verificationId");

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_verificationId_fkey" FOREIGN KEY ("verificationId") REFERENCES "Verification"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_substanceChangedById_fkey" FOREIGN KEY ("substanceChangedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_deletedById_fkey" FOREIGN KEY ("deletedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_retractedById_fkey" FOREIGN KEY ("retractedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verification" ADD CONSTRAINT "Verification_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verification" ADD CONSTRAINT "Verification_verifiedById_fkey" FOREIGN KEY ("verifiedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Ratings of the default scale (5 = true ... 1 = false; Misleading and Unverifiable are not
-- on the truth scale) and colours, which stay with each verdict when the scale is reordered.
UPDATE "Verdict" SET "rating" = 5, "tone" = 'TRUE' WHERE "id" = 'verdict_true';
UPDATE "Verdict" SET "rating" = 4, "tone" = 'TRUE' WHERE "id" = 'verdict_mostly_true';
UPDATE "Verdict" SET "rating" = 3, "tone" = 'MIXED' WHERE "id" = 'verdict_half_true';
UPDATE "Verdict" SET "rating" = 2, "tone" = 'FALSE' WHERE "id" = 'verdict_mostly_false';
UPDATE "Verdict" SET "rating" = 1, "tone" = 'FALSE' WHERE "id" = 'verdict_false';

-- Whoever set the verdict so far is who last changed the substance of the claim.
UPDATE "Claim" SET "substanceChangedById" = "verdictSetById" WHERE "substanceChangedById" IS NULL;

-- Nothing a person wrote is lost: claims, sources and sealed verifications are never deleted,
-- and a sealed verification is never changed. The database refuses it, whatever the caller.
CREATE FUNCTION "refuse_destroying_evidence"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% on "%" is refused: evidence is retracted or reopened, never destroyed', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'restrict_violation';
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Verification_sealed" BEFORE UPDATE OR DELETE ON "Verification"
  FOR EACH ROW EXECUTE FUNCTION "refuse_destroying_evidence"();
CREATE TRIGGER "Claim_kept" BEFORE DELETE ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION "refuse_destroying_evidence"();
CREATE TRIGGER "Source_kept" BEFORE DELETE ON "Source"
  FOR EACH ROW EXECUTE FUNCTION "refuse_destroying_evidence"();
