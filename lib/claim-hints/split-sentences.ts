import nlp from "compromise";
import type { NlpView } from "./score-sentence";

export type SentenceSpan = { start: number; end: number; text: string };

/**
 * Sentences of the canonical text with their UTF-16 offsets, so a hint anchors exactly as a
 * claim would. Lines are split first: a heading or a list item ends at its line break even
 * without a full stop, where compromise alone would run it into the next line. Each sentence
 * comes with compromise's parse of it (word roots computed) for scoring.
 */
export function* parsedSentences(text: string): Generator<SentenceSpan & { parsed: NlpView }> {
  let lineStart = 0;
  for (const line of text.split("\n")) {
    if (line.trim()) {
      const doc = nlp(line);
      doc.compute("root");
      const sentences = doc.sentences();
      const spans = sentences.json({ offset: true }) as { offset: { start: number; length: number } }[];
      for (const [index, { offset }] of spans.entries()) {
        const raw = line.slice(offset.start, offset.start + offset.length);
        const trimmed = raw.trim();
        if (!trimmed) continue;
        const start = lineStart + offset.start + (raw.length - raw.trimStart().length);
        yield { start, end: start + trimmed.length, text: trimmed, parsed: sentences.eq(index) };
      }
    }
    lineStart += line.length + 1;
  }
}

export const sentenceSpans = (text: string): SentenceSpan[] => [...parsedSentences(text)].map(({ start, end, text }) => ({ start, end, text }));
