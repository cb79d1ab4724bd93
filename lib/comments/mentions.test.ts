import { describe, expect, it } from "vitest";
import { handleOf, mentionedHandles } from "./mentions";

describe("mentions", () => {
  it("finds @handles once each, ignoring emails and trailing punctuation", () => {
    expect(mentionedHandles("@rita can you check? cc @Eddie.editor, and @rita again. mail me at a@b.org")).toEqual(["rita", "eddie.editor"]);
  });

  it("derives a handle from an email", () => {
    expect(handleOf("Rita.R@desk.example")).toBe("rita.r");
  });
});
