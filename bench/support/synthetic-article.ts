/**
 * A long article of our own making, deterministic: numbers, curly quotes, dashes, NBSPs and
 * a few sentences that repeat, like real copy.
 */
const subjects = ["The council", "The agency", "Officials", "The ministry", "Analysts", "The mayor’s office", "Residents", "The auditor"];
const verbs = ["reported", "estimated", "said", "projected", "claimed", "confirmed", "disputed", "noted"];
const objects = ["spending", "ridership", "emissions", "turnout", "waiting times", "rents", "enrolment", "water use"];

function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

export function syntheticArticle(words = 10_000) {
  const random = seeded(42);
  const pick = <T,>(list: T[]) => list[Math.floor(random() * list.length)];
  const sentences: string[] = [];
  let count = 0;
  while (count < words) {
    const sentence =
      sentences.length % 97 === 13
        ? "Critics called the figures “optimistic at best” — again."
        : `${pick(subjects)} ${pick(verbs)} that ${pick(objects)} rose ${Math.floor(random() * 90) + 2}% to ${Math.floor(random() * 900) + 10}\u00a0million in ${2000 + Math.floor(random() * 26)} — “${pick(["a record", "a concern", "no surprise", "a turning point"])}”.`;
    sentences.push(sentence);
    count += sentence.split(/\s+/).length;
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 5) paragraphs.push(sentences.slice(i, i + 5).join(" "));
  return { html: paragraphs.map((p) => `<p>${p}</p>`).join("\n"), sentences, paragraphs };
}
