import { describe, expect, it } from "vitest";
import { articleSlug } from "./slug";

describe("articleSlug", () => {
  it("folds accents, punctuation and curly quotes into dashes and adds a suffix", () => {
    expect(articleSlug("Café “prices” — up 40%!")).toMatch(/^cafe-prices-up-40-[0-9a-f]{6}$/);
  });

  it("never produces an empty base and never repeats itself", () => {
    expect(articleSlug("“—”")).toMatch(/^article-[0-9a-f]{6}$/);
    expect(articleSlug("Same")).not.toBe(articleSlug("Same"));
  });
});
