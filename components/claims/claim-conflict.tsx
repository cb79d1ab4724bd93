import { changesBetween, fieldLabels, valuesOf, type Values } from "./claim-field-values";
import type { ClaimDto } from "@/lib/claims/dto";

/**
 * A save refused because someone else saved first: their version beside this person's change,
 * field by field, and the choice to re-apply theirs on top or discard it. Nothing was overwritten.
 */
export function ClaimConflict({ theirs, base, values, onReapply, onDiscard }: { theirs: ClaimDto; base: Values; values: Values; onReapply: () => void; onDiscard: () => void }) {
  const changed = Object.keys(changesBetween(base, values)) as (keyof Values)[];
  const their = valuesOf(theirs);
  return (
    <section className="conflict" role="alert" aria-label="Conflicting change">
      <h3>Someone else changed this claim</h3>
      <p className="muted">
        Saved by another person while you were editing. Nothing was overwritten. Compare, then re-apply your changes or discard them.
      </p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Their version</th>
            <th scope="col">Your change</th>
          </tr>
        </thead>
        <tbody>
          {changed.map((key) => (
            <tr key={key}>
              <th scope="row">{fieldLabels[key]}</th>
              <td>{their[key] || "—"}</td>
              <td>{values[key] || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <button type="button" className="button button-primary" onClick={onReapply}>
          Re-apply my changes
        </button>
        <button type="button" className="button" onClick={onDiscard}>
          Discard mine
        </button>
      </div>
    </section>
  );
}
