import { markEnd, markStart } from "@/lib/claim-search/search-claims";

/** Text with PostgreSQL's matched words (between control-character marks) in <mark>: never HTML. */
export function MarkedText({ text }: { text: string }) {
  const parts = text.split(markStart);
  return (
    <>
      {parts[0]}
      {parts.slice(1).map((part, i) => {
        const [marked, rest = ""] = part.split(markEnd);
        return (
          <span key={i}>
            <mark>{marked}</mark>
            {rest}
          </span>
        );
      })}
    </>
  );
}
