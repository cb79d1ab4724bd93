import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { expectAppError } from "@/tests/support/app-error";
import { makeUser, testPassword } from "@/tests/support/factories";
import { loginLimits } from "./rate-limit";
import { findSessionActor } from "./sessions";
import { signInWithPassword } from "./sign-in";


describe("signInWithPassword", () => {
  it("opens a session for the right password, with the email in any case", async () => {
    const user = await makeUser("EDITOR");
    const { userId, sessionId } = await signInWithPassword({ email: user.email.toUpperCase(), password: testPassword, ip: "192.0.2.1" });
    expect(userId).toBe(user.id);
    expect(await findSessionActor(sessionId)).toEqual(user);
  });

  it("gives the same answer for a wrong password and an unknown account", async () => {
    const user = await makeUser();
    const wrong = await expectAppError(signInWithPassword({ email: user.email, password: "nope", ip: "192.0.2.2" }));
    const unknown = await expectAppError(signInWithPassword({ email: "nobody@example.test", password: "nope", ip: "192.0.2.2" }));
    expect(wrong.code).toBe("unauthenticated");
    expect(unknown.message).toBe(wrong.message);
  });

  it("refuses malformed input without touching the counters", async () => {
    const error = await expectAppError(signInWithPassword({ email: "not-an-email", password: "", ip: "192.0.2.3" }));
    expect(error.code).toBe("validation");
    expect(await db.rateLimitBucket.count({ where: { key: { contains: "192.0.2.3" } } })).toBe(0);
  });

  it("locks an (account, address) pair after repeated failures, even for the right password, and says for how long", async () => {
    const user = await makeUser();
    for (let i = 0; i < loginLimits.pair.max; i++) {
      await expectAppError(signInWithPassword({ email: user.email, password: `wrong-${i}`, ip: "198.51.100.1" }));
    }
    const locked = await expectAppError(signInWithPassword({ email: user.email, password: testPassword, ip: "198.51.100.1" }));
    expect(locked.code).toBe("rate_limited");
    expect(locked.message).toMatch(/^Too many attempts, try again in \d+ s$/);
    const retryAfter = Number(locked.details?.retryAfter);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(loginLimits.pair.windowSeconds);
    // The counter lives in PostgreSQL, so every app instance sees it.
    const bucket = await db.rateLimitBucket.findUniqueOrThrow({ where: { key: `login:pair:${user.email}|198.51.100.1` } });
    expect(bucket.count).toBe(loginLimits.pair.max + 1);
    // The owner, from their own address, is not locked out by someone else's guessing.
    await expect(signInWithPassword({ email: user.email, password: testPassword, ip: "192.0.2.200" })).resolves.toMatchObject({ userId: user.id });
  });

  it("counts parallel guesses atomically: at most the limit of them reach the password check", async () => {
    const user = await makeUser();
    const results = await Promise.allSettled(Array.from({ length: 15 }, (_, i) => signInWithPassword({ email: user.email, password: `guess-${i}`, ip: "198.51.100.50" })));
    const codes = results.map((r) => (r.status === "rejected" ? (r.reason as { code: string }).code : "ok"));
    expect(codes.filter((c) => c === "unauthenticated")).toHaveLength(loginLimits.pair.max);
    expect(codes.filter((c) => c === "rate_limited")).toHaveLength(15 - loginLimits.pair.max);
  });

  it("puts a ceiling on one account guessed from many addresses", async () => {
    const user = await makeUser();
    await db.rateLimitBucket.create({ data: { key: `login:account:${user.email}`, count: loginLimits.account.max, windowStart: new Date() } });
    expect((await expectAppError(signInWithPassword({ email: user.email, password: testPassword, ip: "192.0.2.77" }))).code).toBe("rate_limited");
  });

  it("limits one address trying many accounts", async () => {
    const ip = "203.0.113.77";
    for (let i = 0; i < loginLimits.ip.max; i++) {
      await expectAppError(signInWithPassword({ email: `guess-${i}@example.test`, password: "x", ip }));
    }
    const user = await makeUser();
    expect((await expectAppError(signInWithPassword({ email: user.email, password: testPassword, ip }))).code).toBe("rate_limited");
    // Another address is unaffected.
    await expect(signInWithPassword({ email: user.email, password: testPassword, ip: "203.0.113.78" })).resolves.toBeTruthy();
  });

  it("starts the pair afresh after a successful login", async () => {
    const user = await makeUser();
    await expectAppError(signInWithPassword({ email: user.email, password: "wrong", ip: "192.0.2.9" }));
    await signInWithPassword({ email: user.email, password: testPassword, ip: "192.0.2.9" });
    expect(await db.rateLimitBucket.findUnique({ where: { key: `login:pair:${user.email}|192.0.2.9` } })).toBeNull();
    expect((await db.rateLimitBucket.findUniqueOrThrow({ where: { key: `login:account:${user.email}` } })).count).toBe(1);
  });

  it("refuses disabled accounts", async () => {
    const user = await makeUser("REVIEWER", { disabled: true });
    const error = await expectAppError(signInWithPassword({ email: user.email, password: testPassword, ip: "192.0.2.10" }));
    expect(error.code).toBe("forbidden");
    expect(await db.authSession.count({ where: { userId: user.id } })).toBe(0);
  });
});
