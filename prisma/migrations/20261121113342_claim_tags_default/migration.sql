-- AlterTable
ALTER TABLE "Claim" ALTER COLUMN "tags" SET DEFAULT ARRAY[]::TEXT[];

-- Claims created before the default had NULL tags.
UPDATE "Claim" SET "tags" = ARRAY[]::TEXT[] WHERE "tags" IS NULL;
