/**
 * HTML for the public pages, written as template strings: every interpolated value is
 * escaped unless it is itself `html` (or `raw`, for JSON-LD we serialize safely ourselves).
 */
const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export class Html {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c]);

function piece(value: unknown): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(piece).join("");
  if (value === null || value === undefined || value === false) return "";
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  return new Html(strings.reduce((out, string, i) => out + string + (i < values.length ? piece(values[i]) : ""), ""));
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no "</script>" can close it early. */
export const jsonForScript = (value: unknown) => new Html(JSON.stringify(value).replace(/</g, "\\u003c"));
