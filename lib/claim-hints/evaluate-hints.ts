import { isCheckWorthy, scoreSentence } from "./score-sentence";

export type LabelledSentence = { text: string; worthy: boolean; note: string };

/** Precision, recall and F1 of the hints against sentences a person labelled (the fixture set). */
export function evaluateHints(sentences: LabelledSentence[]) {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (const sentence of sentences) {
    const hinted = isCheckWorthy(scoreSentence(sentence.text));
    if (hinted && sentence.worthy) truePositives++;
    else if (hinted) falsePositives++;
    else if (sentence.worthy) falseNegatives++;
  }
  const precision = truePositives / (truePositives + falsePositives || 1);
  const recall = truePositives / (truePositives + falseNegatives || 1);
  return { sentences: sentences.length, truePositives, falsePositives, falseNegatives, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
