import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { burnPasswordCheck, verifyPassword } from "./password";
import { forgiveAttempt, loginLimitKeys, reserveAttempt } from "./rate-limit";
import { loginSchema } from "./schema";
import { createAuthSession } from "./sessions";

export type SignInResult = { userId: string; sessionId: string };

/**
 * Checks an email and password and opens a session. Every attempt is counted before the
 * password is checked (see rate-limit.ts); over a limit, even a correct password is refused
 * until the window passes, and the person is told how long that is.
 */
export async function signInWithPassword(input: { email?: unknown; password?: unknown; ip: string }): Promise<SignInResult> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) throw new AppError("validation", "Enter your email and password");
  const { email, password } = parsed.data;
  const keys = loginLimitKeys(email, input.ip);

  const wait = await reserveAttempt([keys.pair, keys.account, keys.ip]);
  if (wait > 0) throw new AppError("rate_limited", `Too many attempts, try again in ${wait} s`, undefined, { retryAfter: wait });

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, disabledAt: true },
  });
  const passwordOk = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);
  if (!user || !passwordOk) throw new AppError("unauthenticated", "Wrong email or password");
  if (user.disabledAt) throw new AppError("forbidden", "This account is disabled");

  await forgiveAttempt(keys);
  return { userId: user.id, sessionId: await createAuthSession(user.id) };
}
