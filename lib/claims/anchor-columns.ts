import type { TextAnchor } from "@/lib/anchoring/selectors";

/** A text anchor as the Claim table stores it. */
export function anchorColumns(anchor: TextAnchor) {
  return {
    quote: anchor.exact,
    prefix: anchor.prefix,
    suffix: anchor.suffix,
    startOffset: anchor.start,
    endOffset: anchor.end,
    occurrence: anchor.occurrence,
  };
}
