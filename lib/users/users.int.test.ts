import { describe, expect, it } from "vitest";
import { createAuthSession, findSessionActor } from "@/lib/auth/sessions";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import { expectAppError } from "@/tests/support/app-error";
import { makeUser, testPassword } from "@/tests/support/factories";
import { createUser } from "./create-user";
import { listUsers } from "./list-users";
import { updateUser } from "./update-user";


describe("user management", () => {
  it("creates a user who can then sign in, and audits it", async () => {
    const admin = await makeUser("ADMIN");
    const user = await createUser({
      actor: admin,
      input: { name: "Nadia New", email: "Nadia@Example.test", role: "EDITOR", password: "a long enough password" },
    });
    expect(user).toMatchObject({ email: "nadia@example.test", role: "EDITOR", disabledAt: null });
    expect(user).not.toHaveProperty("passwordHash");
    await expect(signInWithPassword({ email: "nadia@example.test", password: "a long enough password", ip: "192.0.2.50" })).resolves.toBeTruthy();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "user.create", targetId: user.id } });
    expect(audit.actorId).toBe(admin.id);
  });

  it("answers bad input with a message per field and writes nothing", async () => {
    const admin = await makeUser("ADMIN");
    const before = await db.user.count();
    const error = await expectAppError(createUser({ actor: admin, input: { name: " ", email: "nope", role: "CHIEF", password: "short" } }));
    expect(error.code).toBe("validation");
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(["email", "name", "password", "role"]);
    expect(await db.user.count()).toBe(before);
  });

  it("refuses a second account with the same email", async () => {
    const admin = await makeUser("ADMIN");
    const existing = await makeUser("REVIEWER");
    const error = await expectAppError(createUser({ actor: admin, input: { name: "Dup", email: existing.email, role: "REVIEWER", password: "a long enough password" } }));
    expect(error.fields?.email).toMatch(/already exists/);
  });

  it("is for admins only", async () => {
    for (const role of ["REVIEWER", "EDITOR"] as const) {
      const actor = await makeUser(role);
      expect((await expectAppError(listUsers({ actor }))).code).toBe("forbidden");
      const before = await db.user.count();
      expect((await expectAppError(createUser({ actor, input: { name: "X", email: "x@example.test", role: "ADMIN", password: "a long enough password" } }))).code).toBe("forbidden");
      expect(await db.user.count()).toBe(before);
    }
  });

  it("disabling a user ends their sessions; enabling lets them back in", async () => {
    const admin = await makeUser("ADMIN");
    const user = await makeUser("REVIEWER");
    const session = await createAuthSession(user.id);
    await updateUser({ actor: admin, userId: user.id, input: { disabled: true } });
    expect(await findSessionActor(session)).toBeNull();
    await updateUser({ actor: admin, userId: user.id, input: { disabled: false } });
    await expect(signInWithPassword({ email: user.email, password: testPassword, ip: "192.0.2.51" })).resolves.toBeTruthy();
    const audits = await db.auditEvent.findMany({ where: { action: "user.update", targetId: user.id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => a.data)).toEqual([{ disabled: true }, { disabled: false }]);
  });

  it("resets a password, ending old sessions", async () => {
    const admin = await makeUser("ADMIN");
    const user = await makeUser("REVIEWER");
    const session = await createAuthSession(user.id);
    await updateUser({ actor: admin, userId: user.id, input: { password: "a brand new password" } });
    expect(await findSessionActor(session)).toBeNull();
    expect((await expectAppError(signInWithPassword({ email: user.email, password: testPassword, ip: "192.0.2.52" }))).code).toBe("unauthenticated");
    await expect(signInWithPassword({ email: user.email, password: "a brand new password", ip: "192.0.2.52" })).resolves.toBeTruthy();
  });

  it("changes roles but will not let admins lock themselves out", async () => {
    const admin = await makeUser("ADMIN");
    const user = await makeUser("REVIEWER");
    expect((await updateUser({ actor: admin, userId: user.id, input: { role: "EDITOR" } })).role).toBe("EDITOR");
    expect((await expectAppError(updateUser({ actor: admin, userId: admin.id, input: { disabled: true } }))).code).toBe("validation");
    expect((await expectAppError(updateUser({ actor: admin, userId: admin.id, input: { role: "REVIEWER" } }))).fields?.role).toBeTruthy();
    expect((await expectAppError(updateUser({ actor: admin, userId: "missing", input: { role: "EDITOR" } }))).code).toBe("not_found");
    expect((await expectAppError(updateUser({ actor: admin, userId: user.id, input: {} }))).code).toBe("validation");
  });
});
