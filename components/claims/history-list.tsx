import type { HistoryEntry } from "@/lib/claims/get-claim-detail";
import type { ClaimStatus } from "@/lib/enums";
import { statusLabels } from "@/lib/labels";

/** Field names as people say them. */
const fieldWords: Record<string, string> = {
  statement: "the claim as checked",
  claimant: "the claimant",
  claimDate: "the claim date",
  tags: "the tags",
  assigneeId: "the assignee",
  verdictId: "the verdict",
  rationale: "the rationale",
  confidence: "the confidence",
  quote: "the quoted text",
};

/** Status moves in the words of the desk. */
function statusWords(from: ClaimStatus, to: ClaimStatus): string {
  if (to === "VERIFIED") return "verified the claim";
  if (from === "VERIFIED") return "reopened the claim";
  if (to === "IN_REVIEW") return "sent the claim for review";
  if (to === "REJECTED") return "rejected the claim";
  if (from === "REJECTED") return "took the claim back to draft";
  return `moved the claim back to ${statusLabels[to].toLowerCase()}`;
}

function show(value: unknown, names: Record<string, string>): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.join(", ") || "—";
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    return String(v.title ?? v.quote ?? JSON.stringify(value));
  }
  return names[String(value)] ?? String(value);
}

function describe(entry: HistoryEntry, names: Record<string, string>): string {
  const { field, oldValue, newValue } = entry;
  if (field === "created") return "created the claim";
  if (field === "status") return statusWords(oldValue as ClaimStatus, newValue as ClaimStatus);
  if (field === "sources") return newValue ? `added the source “${show(newValue, names)}”` : `removed the source “${show(oldValue, names)}”`;
  if (field === "deleted") return newValue ? "deleted the claim" : "restored the claim";
  if (field === "anchorState") {
    if (newValue === "ORPHANED") return "lost the highlight: its text was removed in an article edit";
    if (newValue === "NEEDS_REVIEW") return "moved the highlight after an article edit (needs re-review)";
    return "confirmed the highlight after an article edit";
  }
  return `changed ${fieldWords[field] ?? field} from ${show(oldValue, names)} to ${show(newValue, names)}`;
}

/**
 * Every change to the claim: who, what, from → to, when, and why. A verification links to
 * the sealed record it wrote.
 */
export function HistoryList({ history, names, verificationAt }: { history: HistoryEntry[]; names: Record<string, string>; verificationAt: (createdAt: string) => string | null }) {
  return (
    <section className="history" aria-label="History">
      <h3>History</h3>
      <ol className="history-list">
        {history.map((entry) => {
          const sealed = entry.field === "status" && entry.newValue === "VERIFIED" ? verificationAt(entry.createdAt) : null;
          return (
            <li key={entry.id}>
              <strong>{entry.actor?.name ?? "System"}</strong> {describe(entry, names)}
              {sealed && (
                <>
                  {" "}
                  (<a href={`#verification-${sealed}`}>sealed record</a>)
                </>
              )}
              {entry.reason && <span className="muted"> — {entry.reason}</span>}
              <span className="muted"> · {new Date(entry.createdAt).toLocaleString()}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
