/** Only same-site paths: "/x" yes, "//evil.example" and "https://evil.example" no. */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  return value;
}
