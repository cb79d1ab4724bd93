/**
 * The truth-rating scale as the admin set it: the lowest and highest ratings given to any
 * verdict. Verdicts without a rating (Unverifiable, Satire, ...) are not on it.
 */
export type RatingScale = { worst: number; best: number };

export function ratingScaleOf(verdicts: { rating: number | null }[]): RatingScale {
  const ratings = verdicts.map((v) => v.rating).filter((r): r is number => r !== null);
  return ratings.length ? { worst: Math.min(...ratings), best: Math.max(...ratings) } : { worst: 1, best: 1 };
}
