/** The first non-empty line of pasted text: what an empty title field can offer. Pure, for the import form. */
export function firstLineOf(text: string): string {
  return text.split(/\r\n?|\n/).map((line) => line.trim()).find(Boolean) ?? "";
}
