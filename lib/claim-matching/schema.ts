import { z } from "zod";
import { textProblem } from "@/lib/validation";
import { maxMatchText } from "./find-matches";

const claimId = (what: string) => z.string({ error: `Choose the ${what}` }).trim().min(1, `Choose the ${what}`).max(100, "Not a valid claim id");

export const linkClaimSchema = z.object({ claimId: claimId("claim that is the same") }).strict();
export const reuseVerdictSchema = z.object({ fromClaimId: claimId("claim to reuse"), version: z.number({ error: "version is required" }).int().min(1) }).strict();
export const similarQuerySchema = z
  .object({
    text: z
      .string({ error: "Give the sentence to match" })
      .trim()
      .min(1, "Give the sentence to match")
      .max(maxMatchText, `Use at most ${maxMatchText} characters`)
      .refine((value) => !textProblem(value), { error: "Remove the unusual characters from the sentence" }),
  })
  .strict();
