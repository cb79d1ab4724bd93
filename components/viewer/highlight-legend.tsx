import type { VerdictDto } from "@/lib/verdicts/list-verdicts";
import { toneClass } from "./claim-style";

/** What the highlight colours (verdicts) and lines (status) mean. */
export function HighlightLegend({ verdicts }: { verdicts: Pick<VerdictDto, "id" | "label" | "tone">[] }) {
  return (
    <details className="legend">
      <summary>Legend</summary>
      <ul aria-label="Highlight colours">
        <li>
          <span className="swatch claim-hl-none" aria-hidden="true">Aa</span> No verdict yet
        </li>
        {verdicts.map((verdict) => (
          <li key={verdict.id}>
            <span className={`swatch claim-hl-${toneClass[verdict.tone]}`} aria-hidden="true">Aa</span> {verdict.label}
          </li>
        ))}
      </ul>
      <ul aria-label="Highlight lines">
        <li>
          <span className="swatch claim-hl-none" aria-hidden="true">Aa</span> Dashed line: draft or in review
        </li>
        <li>
          <span className="swatch claim-hl-none claim-hl-verified" aria-hidden="true">Aa</span> Solid line: verified
        </li>
        <li>
          <span className="swatch claim-hl-none claim-hl-rejected" aria-hidden="true">Aa</span> Struck through: rejected
        </li>
        <li>
          <span className="swatch claim-hl-none claim-hl-flagged" aria-hidden="true">Aa</span> Dotted outline: needs re-review after an edit
        </li>
      </ul>
    </details>
  );
}
