import { z } from "zod";
import { emailSchema, newPasswordSchema, roleSchema } from "@/lib/auth/schema";

export const createUserSchema = z.object({
  email: emailSchema,
  name: z.string({ error: "Enter a name" }).trim().min(1, "Enter a name").max(100, "Use at most 100 characters"),
  role: roleSchema,
  password: newPasswordSchema,
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

/** One admin change at a time: a role, enabling or disabling, or a new password. */
export const updateUserSchema = z
  .object({
    role: roleSchema.optional(),
    disabled: z.boolean({ error: "disabled must be true or false" }).optional(),
    password: newPasswordSchema.optional(),
  })
  .strict()
  .refine((value) => Object.keys(value).length > 0, { message: "Nothing to change" });
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const userSummarySelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabledAt: true,
  createdAt: true,
} as const;
