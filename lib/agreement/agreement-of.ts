/**
 * The desk's agreement on verdicts from blind verdicts: Cohen's kappa for each pair of
 * reviewers over the claims both judged, and Krippendorff's alpha for everyone, nominal (same
 * verdict or not) and ordinal over the rated verdicts (how far apart on the truth scale). Pure.
 */
import { cohenKappa } from "./cohen-kappa";
import { krippendorffAlpha } from "./krippendorff-alpha";

/** One reviewer's blind verdict on one claim (`unitId`: the request). */
export type BlindRating = { unitId: string; reviewer: { id: string; name: string }; verdictId: string; rating: number | null };

export type PairAgreement = { a: { id: string; name: string }; b: { id: string; name: string }; units: number; kappa: number | null };

export type Agreement = { units: number; ratings: number; alphaNominal: number | null; alphaOrdinal: number | null; pairs: PairAgreement[] };

function byUnit(ratings: readonly BlindRating[]): Map<string, BlindRating[]> {
  const units = new Map<string, BlindRating[]>();
  for (const rating of ratings) units.set(rating.unitId, [...(units.get(rating.unitId) ?? []), rating]);
  return units;
}

function pairsOf(units: Map<string, BlindRating[]>): PairAgreement[] {
  const pairs = new Map<string, { a: BlindRating["reviewer"]; b: BlindRating["reviewer"]; labels: [string, string][] }>();
  for (const unit of units.values()) {
    const sorted = [...unit].sort((x, y) => x.reviewer.name.localeCompare(y.reviewer.name) || x.reviewer.id.localeCompare(y.reviewer.id));
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const key = `${sorted[i].reviewer.id} ${sorted[j].reviewer.id}`;
        const pair = pairs.get(key) ?? { a: sorted[i].reviewer, b: sorted[j].reviewer, labels: [] };
        pair.labels.push([sorted[i].verdictId, sorted[j].verdictId]);
        pairs.set(key, pair);
      }
    }
  }
  return [...pairs.values()].map(({ a, b, labels }) => ({ a, b, units: labels.length, kappa: cohenKappa(labels) }));
}

export function agreementOf(ratings: readonly BlindRating[]): Agreement {
  const units = byUnit(ratings);
  const values = [...units.values()];
  return {
    units: values.filter((unit) => unit.length >= 2).length,
    ratings: ratings.length,
    alphaNominal: krippendorffAlpha(values.map((unit) => unit.map((r) => r.verdictId)), "nominal"),
    alphaOrdinal: krippendorffAlpha(values.map((unit) => unit.flatMap((r) => (r.rating === null ? [] : [r.rating]))), "ordinal"),
    pairs: pairsOf(units),
  };
}
