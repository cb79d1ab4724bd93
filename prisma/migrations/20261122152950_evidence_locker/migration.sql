-- CreateEnum
CREATE TYPE "ArchiveStatus" AS ENUM ('NONE', 'PENDING', 'ARCHIVED', 'FAILED');

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "snapshotId" TEXT;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "archiveError" TEXT,
ADD COLUMN     "archiveStatus" "ArchiveStatus" NOT NULL DEFAULT 'NONE',
ADD COLUMN     "passageFound" BOOLEAN,
ADD COLUMN     "snapshotId" TEXT;

-- CreateTable
CREATE TABLE "Snapshot" (
    "id" TEXT NOT NULL,
    "requestedUrl" TEXT NOT NULL,
    "finalUrl" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "contentType" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "body" BYTEA NOT NULL,
    "capturedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "title" TEXT,
    "byline" TEXT,
    "siteName" TEXT,
    "publishedAt" TEXT,
    "readableHtml" TEXT,
    "text" TEXT,
    "createdById" TEXT,

    CONSTRAINT "Snapshot_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "Snapshot"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "Snapshot"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Snapshot" ADD CONSTRAINT "Snapshot_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A snapshot is what we saw: never changed, never deleted.
CREATE TRIGGER "Snapshot_kept" BEFORE UPDATE OR DELETE ON "Snapshot"
  FOR EACH ROW EXECUTE FUNCTION "refuse_destroying_evidence"();
