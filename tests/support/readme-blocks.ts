import { readFileSync } from "node:fs";

/** The fenced code blocks of `language` in the README section under `heading`: examples there are run by tests. */
export function readmeBlocks(heading: string, language: string): string[] {
  const readme = readFileSync("README.md", "utf8");
  const start = readme.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README has no "${heading}"`);
  const end = readme.indexOf("\n## ", start + heading.length + 2);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(new RegExp("```" + language + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1]);
}
