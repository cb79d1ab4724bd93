import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "./options";
import { can, type Actor, type Permission } from "./permissions";
import { findSessionActor } from "./sessions";

/** The signed-in person for this request, checked against the database (once per request). */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  return session?.sid ? findSessionActor(session.sid) : null;
});

/** For pages: sends visitors to the login page and renders 403 when the role lacks the permission. */
export async function requirePageActor(permission?: Permission, returnTo?: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(returnTo ? `/login?callbackUrl=${encodeURIComponent(returnTo)}` : "/login");
  if (permission && !can(actor, permission)) forbidden();
  return actor;
}
