import { tokenStillValid } from "@/lib/api-tokens/authenticate-token";
import type { Actor } from "@/lib/auth/permissions";
import { findSessionActor } from "@/lib/auth/sessions";

/** Whether the person behind a long-lived stream may still read: signed out, disabled or revoked ends it. */
export async function stillSignedIn(actor: Actor): Promise<boolean> {
  if (actor.token) return tokenStillValid(actor.token.id);
  if (!actor.sessionId) return false;
  return (await findSessionActor(actor.sessionId)) !== null;
}
