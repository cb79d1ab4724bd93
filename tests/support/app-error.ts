import { expect } from "vitest";
import { AppError } from "@/lib/errors";

/** Awaits a promise that must fail with our AppError, and returns the error for more checks. */
export async function expectAppError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
