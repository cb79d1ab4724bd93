/**
 * `@handle` mentions in comments. A handle is the part of a user's email before the "@"
 * (`@rita` for rita@desk.example), which is unique enough inside one newsroom and easy to type.
 */
const mentionPattern = /(^|[^\w.@])@([a-z0-9][a-z0-9._-]*[a-z0-9]|[a-z0-9])/gi;

export function mentionedHandles(body: string): string[] {
  const handles = new Set<string>();
  for (const match of body.matchAll(mentionPattern)) handles.add(match[2].toLowerCase());
  return [...handles];
}

export function handleOf(email: string): string {
  return email.split("@")[0].toLowerCase();
}
