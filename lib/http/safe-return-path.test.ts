import { describe, expect, it } from "vitest";
import { openRedirectPayloads } from "./open-redirect-corpus";
import { safeReturnPath } from "./safe-return-path";

const origin = "http://localhost:3100";

/** Where a browser would go from our origin after a redirect to `path`. */
const landing = (path: string) => new URL(path.replace(/[\t\n\r]/g, ""), origin);

describe("safeReturnPath", () => {
  it("keeps local paths, query and hash, and absolute URLs on our own origin", () => {
    expect(safeReturnPath("/admin?tab=users#top")).toBe("/admin?tab=users#top");
    expect(safeReturnPath(`${origin}/articles/x`, origin)).toBe("/articles/x");
  });

  it.each(["", undefined, null])("sends %s home", (value) => {
    expect(safeReturnPath(value)).toBe("/");
  });

  it(`keeps every one of ${openRedirectPayloads.length} open-redirect payloads on our origin`, () => {
    expect(openRedirectPayloads.length).toBeGreaterThanOrEqual(30);
    for (const payload of openRedirectPayloads) {
      for (const result of [safeReturnPath(payload), safeReturnPath(payload, origin)]) {
        expect(result, payload).toMatch(/^\/(?![/\\])/);
        expect(landing(result).origin, payload).toBe(origin);
      }
    }
  });
});
