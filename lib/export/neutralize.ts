/**
 * Spreadsheet formula injection (CWE-1236): a text cell that starts with one of these is
 * prefixed with a single quote so Excel, LibreOffice and Google Sheets show it as text.
 * Full-width forms are included because some spreadsheet apps normalize them.
 */
// Spreadsheets skip leading spaces (any Unicode space) and zero-width characters before they
// look for the formula sign, so those are looked past too.
const dangerousLead = /^(?:[\t\r\n\0]|[\s\u200B-\u200D\u2060\u180E]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;
const plainNumber = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

export function neutralizeFormula(value: string): string {
  // A plain number like "-12.5" is data, not a formula: it stays a number.
  if (!dangerousLead.test(value) || plainNumber.test(value)) return value;
  return `'${value}`;
}
