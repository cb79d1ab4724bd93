import { z } from "zod";
import { tokenScopes } from "@/lib/auth/permissions";

export const defaultTokenDays = 90;
export const maxTokenDays = 365;

export const createApiTokenSchema = z
  .object({
    name: z.string({ error: "Enter a name" }).trim().min(1, "Enter a name").max(100, "Use at most 100 characters"),
    scopes: z
      .array(z.enum(tokenScopes, { error: `Scopes are ${tokenScopes.join(", ")}` }), { error: "Choose at least one scope" })
      .min(1, "Choose at least one scope")
      .transform((scopes) => tokenScopes.filter((scope) => scopes.includes(scope))),
    expiresInDays: z
      .number({ error: "Enter a number of days" })
      .int("Enter a whole number of days")
      .min(1, "At least 1 day")
      .max(maxTokenDays, `At most ${maxTokenDays} days`)
      .default(defaultTokenDays),
  })
  .strict();
export type CreateApiTokenInput = z.input<typeof createApiTokenSchema>;

/** What lists show of a token: never its secret or hash. */
export const apiTokenSelect = {
  id: true,
  name: true,
  scopes: true,
  prefix: true,
  createdAt: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
  user: { select: { id: true, name: true, email: true } },
} as const;
