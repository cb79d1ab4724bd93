-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "deletedAt" TIMESTAMP(3),
ADD COLUMN     "deletedById" TEXT,
ADD COLUMN     "deletionReason" TEXT;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_deletedById_fkey" FOREIGN KEY ("deletedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Articles are deleted softly, like claims: the database refuses a real DELETE.
CREATE TRIGGER "Article_kept" BEFORE DELETE ON "Article"
  FOR EACH ROW EXECUTE FUNCTION "refuse_destroying_evidence"();
