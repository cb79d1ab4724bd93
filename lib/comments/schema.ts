import { z } from "zod";

export const commentSchema = z
  .object({ body: z.string({ error: "Write a comment" }).trim().min(1, "Write a comment").max(5000, "Use at most 5,000 characters") })
  .strict();
