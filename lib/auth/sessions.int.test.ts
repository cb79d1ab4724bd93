import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { makeUser } from "@/tests/support/factories";
import { createAuthSession, findSessionActor, revokeAllSessions, revokeSession } from "./sessions";

describe("sessions", () => {
  it("end at logout, and only the one logged out of", async () => {
    const user = await makeUser();
    const laptop = await createAuthSession(user.id);
    const phone = await createAuthSession(user.id);
    await revokeSession(laptop);
    expect(await findSessionActor(laptop)).toBeNull();
    expect(await findSessionActor(phone)).toEqual(user);
  });

  it("end when the user is disabled", async () => {
    const user = await makeUser();
    const session = await createAuthSession(user.id);
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await findSessionActor(session)).toBeNull();
  });

  it("end when they expire or are revoked together", async () => {
    const user = await makeUser();
    const expired = await createAuthSession(user.id);
    await db.authSession.update({ where: { id: expired }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findSessionActor(expired)).toBeNull();

    const a = await createAuthSession(user.id);
    const b = await createAuthSession(user.id);
    await db.$transaction((tx) => revokeAllSessions(tx, user.id));
    expect(await findSessionActor(a)).toBeNull();
    expect(await findSessionActor(b)).toBeNull();
  });

  it("are unknown for made-up ids", async () => {
    expect(await findSessionActor("not-a-session")).toBeNull();
  });
});
