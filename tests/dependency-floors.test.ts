import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The installed (hoisted) copy is the one the app bundles; many packages do not export package.json.
function installedVersion(name: string): string {
  return JSON.parse(readFileSync(path.join("node_modules", name, "package.json"), "utf8")).version;
}

function atLeast(version: string, floor: string): boolean {
  const parse = (v: string) => v.split(/[-+]/)[0].split(".").map(Number);
  const [a, b] = [parse(version), parse(floor)];
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return true;
}

// Versions that carry security fixes we rely on (proxy bypasses, XSS in the editor, sanitizer bypasses).
const floors: Record<string, string> = {
  next: "16.3.3",
  "@tiptap/core": "3.30.5",
  "@tiptap/react": "3.30.5",
  "prosemirror-view": "1.42.3",
  dompurify: "3.4.13",
};

describe("dependency floors", () => {
  it.each(Object.entries(floors))("%s is at least %s", (name, floor) => {
    expect(atLeast(installedVersion(name), floor), `${name} ${installedVersion(name)}`).toBe(true);
  });

  it("next-auth is 4.24.15+ or 5.0.0-beta.32+", () => {
    const version = installedVersion("next-auth");
    const ok = version.startsWith("5.") ? atLeast(version, "5.0.0") && Number(/beta\.(\d+)/.exec(version)?.[1] ?? 999) >= 32 : atLeast(version, "4.24.15");
    expect(ok, `next-auth ${version}`).toBe(true);
  });

  it("compares versions numerically", () => {
    expect(atLeast("16.10.0", "16.3.3")).toBe(true);
    expect(atLeast("16.3.2", "16.3.3")).toBe(false);
  });
});
