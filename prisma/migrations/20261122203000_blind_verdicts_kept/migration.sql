-- Blind verdicts are evidence: requests and verdicts are never deleted, and a verdict once
-- given is sealed (the same refusal as for sealed verifications, claims and sources).
CREATE TRIGGER "BlindReview_kept" BEFORE DELETE ON "BlindReview"
  FOR EACH ROW EXECUTE FUNCTION "refuse_destroying_evidence"();
CREATE TRIGGER "BlindVerdict_kept" BEFORE DELETE ON "BlindVerdict"
  FOR EACH ROW EXECUTE FUNCTION "refuse_destroying_evidence"();
CREATE TRIGGER "BlindVerdict_sealed" BEFORE UPDATE ON "BlindVerdict"
  FOR EACH ROW WHEN (OLD."submittedAt" IS NOT NULL) EXECUTE FUNCTION "refuse_destroying_evidence"();
