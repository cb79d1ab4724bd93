/**
 * The check-worthiness rules: what makes a sentence worth checking, in the order a fact-checker
 * would name it. Each rule is a compromise match pattern (tags such as #Value or #Percent and
 * word roots such as {rise} come from compromise's English model) with a weight; a sentence's
 * score combines the weights of the rules it meets as independent signals,
 * 1 − Π(1 − weight) (a kind counted once, by its strongest rule that applies), then the
 * dampers below scale it down. A score of 0.5 or more is a hint.
 *
 * The weights were set by hand against the labelled sentences in
 * tests/fixtures/check-worthiness.json; `npm run bench -- intelligence` prints precision, recall and F1.
 */
export type HintReasonKind = "number" | "percentage" | "money" | "comparison" | "trend" | "statistic" | "attribution" | "date" | "causal";

/** What each kind of reason is called on screen (a kind may have more than one rule). */
export const hintReasonLabels: Record<HintReasonKind, string> = {
  number: "Number or quantity",
  percentage: "Percentage",
  money: "Money",
  comparison: "Comparison",
  trend: "Trend",
  statistic: "Statistic",
  attribution: "Attribution",
  date: "Date or period",
  causal: "Cause and effect",
};

/** compromise matches a word root ({rise} for rose, risen, rises) one root a pattern. */
const roots = (...words: string[]) => words.map((word) => `{${word}}`);

export type HintRule = {
  kind: HintReasonKind;
  weight: number;
  /** Any of these compromise match patterns… */
  patterns: string[];
  /** …except the words that match this one. */
  unless?: string;
};

export const hintRules: HintRule[] = [
  { kind: "percentage", weight: 0.55, patterns: ["#Percent", "#Value (percent|per cent)", "#Value percentage points?"] },
  { kind: "money", weight: 0.5, patterns: ["#Money"] },
  // Years ("since 2001") and days of the month are dates, not quantities.
  { kind: "number", weight: 0.5, patterns: ["(#NumericValue && !#Date && !#Ordinal && !#Percent && !#Money)", "#Fraction+"], unless: "/^(19|20)[0-9]{2}$/" },
  // "two more farms": spelled-out small numbers are weaker evidence than figures.
  { kind: "number", weight: 0.3, patterns: ["(#TextValue && !#Date && !#Ordinal && !#Fraction)"] },
  {
    kind: "comparison",
    weight: 0.5,
    patterns: ["(#Comparative|#Superlative)", "(more|fewer|less) than", "compared (with|to)", ...roots("double", "halve", "triple", "quadruple"), "(record|peak)", "(highest|lowest|biggest|smallest|best|worst)"],
  },
  { kind: "trend", weight: 0.35, patterns: roots("rise", "fall", "increase", "decrease", "grow", "decline", "drop", "surge", "plunge", "climb", "jump", "soar", "slump", "shrink", "cut", "improve", "worsen") },
  {
    kind: "statistic",
    weight: 0.3,
    patterns: ["(average|median|rate|rates|proportion|majority|share|total|million|billion|figures|statistics|survey|surveys|poll|census|data)", "per (head|capita)", "#TextValue in #TextValue"],
  },
  { kind: "attribution", weight: 0.3, patterns: [...roots("say", "tell", "claim", "state", "announce", "report", "estimate", "insist", "warn", "admit", "accuse", "dispute", "find", "show", "promise", "credit"), "according to"] },
  {
    kind: "causal",
    weight: 0.4,
    patterns: ["because", ...roots("cause", "blame", "prevent", "drive"), "thanks to", "due to", "{lead} to", "as a result", "{result} in", "responsible for", "linked to", "(after|following) #Determiner? #Noun"],
  },
  { kind: "date", weight: 0.2, patterns: ["#Date", "since #Value", "in #Value"] },
];

export type HintDamper = { label: string; factor: number } & ({ patterns: string[] } | { test: (sentence: string) => boolean });

/** Sentences that name facts but are not claims: questions, invitations, opinions, contact lines. */
export const hintDampers: HintDamper[] = [
  { label: "a question", factor: 0.3, test: (sentence) => /\?["'”’)]*$/.test(sentence.trim()) },
  { label: "an instruction or invitation", factor: 0.3, patterns: ["^(please|visit|contact|join|register|follow|read|call|email|sign|book|find)"] },
  { label: "contact details", factor: 0.4, patterns: ["(#Email|#Url|#PhoneNumber)"] },
  { label: "an opinion or feeling", factor: 0.5, patterns: ["(i|we) #Adverb? (think|believe|hope|feel)", "(delighted|pleased|proud|excited|thrilled|honoured|grateful|committed)"] },
];

/** Sentences shorter than this many words are headlines, bylines or fragments. */
export const minimumWords = 6;
export const shortFactor = 0.5;

/** The score from which a sentence is shown as a hint. */
export const hintThreshold = 0.5;
