-- Trigram matching for "already checked" (a contrib extension shipped with PostgreSQL).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "ArticleRevision" ADD COLUMN     "hintsError" TEXT,
ADD COLUMN     "hintsScoredAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "matchKey" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "matchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "reusedFromId" TEXT,
ADD COLUMN     "sameClaimGroupId" TEXT,
ADD COLUMN     "searchVector" tsvector;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "searchVector" tsvector;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "showHints" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "SentenceHint" (
    "revisionId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "reasons" JSONB NOT NULL,

    CONSTRAINT "SentenceHint_pkey" PRIMARY KEY ("revisionId","start")
);

-- CreateIndex
CREATE INDEX "Claim_sameClaimGroupId_idx" ON "Claim"("sameClaimGroupId");

-- CreateIndex
CREATE INDEX "Claim_matchText_trgm_idx" ON "Claim" USING GIN ("matchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Source_searchVector_idx" ON "Source" USING GIN ("searchVector");

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_reusedFromId_fkey" FOREIGN KEY ("reusedFromId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SentenceHint" ADD CONSTRAINT "SentenceHint_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "ArticleRevision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The text both sides of a claim match are compared as: case, quote style and dashes ignored,
-- spaces collapsed. One function for the stored column and for the query, so they agree.
CREATE FUNCTION factcheck_match_text(input TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(
    translate(lower(coalesce(input, '')), '‘’‚‛“”„‟"''–—―−-', '          '),
    '\s+', ' ', 'g'))
$$;

-- What "already checked" compares: the stemmed words without stop words, sorted (a tsvector
-- keeps its lexemes sorted), so reordered words, inflections, case, quotes and dashes do not count.
CREATE FUNCTION factcheck_match_key(input TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_to_string(tsvector_to_array(to_tsvector('english'::regconfig, factcheck_match_text(input))), ' ')
$$;

CREATE FUNCTION "Claim_search_columns"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."matchText" := factcheck_match_text(NEW.quote);
  NEW."matchKey" := factcheck_match_key(NEW.quote);
  NEW."searchVector" :=
    setweight(to_tsvector('english', factcheck_match_text(NEW.quote)), 'A') ||
    setweight(to_tsvector('english', factcheck_match_text(NEW.statement)), 'A') ||
    setweight(to_tsvector('english', factcheck_match_text(NEW.claimant)), 'B') ||
    setweight(to_tsvector('english', factcheck_match_text(array_to_string(NEW.tags, ' '))), 'B') ||
    setweight(to_tsvector('english', factcheck_match_text(NEW.rationale)), 'C');
  RETURN NEW;
END $$;

CREATE TRIGGER "Claim_search_columns" BEFORE INSERT ON "Claim"
FOR EACH ROW EXECUTE FUNCTION "Claim_search_columns"();

-- Only when the words change: an article edit moves thousands of anchors without touching them.
CREATE TRIGGER "Claim_search_columns_changed" BEFORE UPDATE OF quote, statement, claimant, tags, rationale ON "Claim"
FOR EACH ROW WHEN (OLD.quote IS DISTINCT FROM NEW.quote OR OLD.statement IS DISTINCT FROM NEW.statement
  OR OLD.claimant IS DISTINCT FROM NEW.claimant OR OLD.tags IS DISTINCT FROM NEW.tags OR OLD.rationale IS DISTINCT FROM NEW.rationale)
EXECUTE FUNCTION "Claim_search_columns"();

CREATE FUNCTION "Source_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('english', factcheck_match_text(NEW.title)), 'B') ||
    setweight(to_tsvector('english', factcheck_match_text(NEW.publisher)), 'C') ||
    setweight(to_tsvector('english', factcheck_match_text(NEW."quotedPassage")), 'C');
  RETURN NEW;
END $$;

CREATE TRIGGER "Source_search_vector" BEFORE INSERT OR UPDATE OF title, publisher, "quotedPassage" ON "Source"
FOR EACH ROW EXECUTE FUNCTION "Source_search_vector"();

-- Existing rows.
UPDATE "Claim" SET "matchText" = factcheck_match_text(quote), "matchKey" = factcheck_match_key(quote),
  "searchVector" = setweight(to_tsvector('english', factcheck_match_text(quote)), 'A') ||
    setweight(to_tsvector('english', factcheck_match_text(statement)), 'A') ||
    setweight(to_tsvector('english', factcheck_match_text(claimant)), 'B') ||
    setweight(to_tsvector('english', factcheck_match_text(array_to_string(tags, ' '))), 'B') ||
    setweight(to_tsvector('english', factcheck_match_text(rationale)), 'C');
UPDATE "Source" SET title = title;
