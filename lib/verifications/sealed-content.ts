/**
 * What a sealed verification holds, and its fingerprint. Pure: the hash is SHA-256 over the
 * RFC 8785 canonical JSON of the content, so anyone holding an export can recompute it.
 */
import { createHash } from "node:crypto";
import canonicalize from "canonicalize";

type Person = { id: string; name: string } | null;

export type SealedSource = {
  id: string;
  url: string;
  title: string;
  publisher: string | null;
  quotedPassage: string | null;
  accessedAt: string | null;
  kind: string;
  stance: string;
  addedBy: Person;
  addedAt: string;
  /** The evidence locker's copy at verification time (seals made before it existed have none). */
  snapshot?: { id: string; sha256: string; capturedAt: string; finalUrl: string } | null;
};

export type SealedContent = {
  claimId: string;
  statement: string;
  claimant: string | null;
  claimDate: string | null;
  confidence: string | null;
  verdict: { id: string; label: string; rating: number | null; bestRating: number | null; worstRating: number | null };
  rationale: string;
  anchor: { quote: string; prefix: string; suffix: string; start: number; end: number; revisionId: string; revisionNumber: number };
  sources: SealedSource[];
  verdictSetBy: Person;
  verifiedBy: { id: string; name: string };
  verifiedAt: string;
};

export function sealedHash(content: SealedContent): string {
  const canonical = canonicalize(content);
  if (canonical === undefined) throw new Error("Verification content cannot be canonicalized");
  return createHash("sha256").update(canonical, "utf8").digest("hex");
}
