export type HistoryEntry = {
  id: string;
  field: string;
  oldValue: unknown;
  newValue: unknown;
  reason: string | null;
  createdAt: string;
  actor: { id: string; name: string } | null;
};

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.join(", ") || "—";
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    return String(v.title ?? v.quote ?? JSON.stringify(value));
  }
  return String(value);
}

function describe(entry: HistoryEntry): string {
  if (entry.field === "created") return "created the claim";
  if (entry.field === "sources") return entry.newValue ? `added source “${show(entry.newValue)}”` : `removed source “${show(entry.oldValue)}”`;
  return `changed ${entry.field} from ${show(entry.oldValue)} to ${show(entry.newValue)}`;
}

/** Every change to the claim: who, what, from → to, when, and why. */
export function HistoryList({ history, verdictLabels }: { history: HistoryEntry[]; verdictLabels: Record<string, string> }) {
  const readable = (entry: HistoryEntry): HistoryEntry =>
    entry.field === "verdictId"
      ? { ...entry, field: "verdict", oldValue: verdictLabels[String(entry.oldValue)] ?? entry.oldValue, newValue: verdictLabels[String(entry.newValue)] ?? entry.newValue }
      : entry;
  return (
    <section className="history" aria-label="History">
      <h3>History</h3>
      <ol className="history-list">
        {history.map((raw) => {
          const entry = readable(raw);
          return (
            <li key={entry.id}>
              <strong>{entry.actor?.name ?? "System"}</strong> {describe(entry)}
              {entry.reason && <span className="muted"> — {entry.reason}</span>}
              <span className="muted"> · {new Date(entry.createdAt).toLocaleString()}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
