import { describe, expect, it } from "vitest";
import { candidateQueries } from "./candidate-queries";

const frequencies = new Map([
  ["accord", 0.25],
  ["fell", 0.08],
  ["crime", 0.05],
  ["knife", 0.05],
]);
const frequency = (word: string) => frequencies.get(word) ?? 0;

describe("candidateQueries", () => {
  it("asks for the rarest word first, then for any two of the three rarest", () => {
    expect(candidateQueries(["accord", "crime", "fell", "knife", "leed", "40"], frequency)).toEqual(["'40'", "('40' & 'leed') | ('40' & 'crime') | ('leed' & 'crime')"]);
  });

  it("uses what there is for short texts, and nothing for none", () => {
    expect(candidateQueries(["crime", "accord"], frequency)).toEqual(["'crime' | 'accord'"]);
    expect(candidateQueries([], frequency)).toEqual([]);
  });

  it("quotes every word, so none is read as a tsquery operator", () => {
    expect(candidateQueries(["o'hara", "a\\\\b", "&"], frequency)[0]).toBe("'&'");
    expect(candidateQueries(["o'hara", "x"], frequency)).toEqual(["'o''hara' | 'x'"]);
  });
});
