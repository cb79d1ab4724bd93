import { z } from "zod";
import { httpUrlSchema } from "@/lib/articles/schema";
import { sourceStances } from "@/lib/enums";

export const maxBlindReviewers = 8;
const id = (message: string) => z.string({ error: message }).min(1, message).max(100, "Not a known id");

const reviewerIds = z
  .array(id("Choose the reviewers"), { error: "Choose the reviewers" })
  .min(2, "Choose at least two reviewers")
  .max(maxBlindReviewers, `Choose at most ${maxBlindReviewers} reviewers`)
  .refine((ids) => new Set(ids).size === ids.length, "Choose each reviewer once");

export const requestBlindSchema = z.object({ reviewerIds }).strict();

export const blindSourceSchema = z
  .object({
    url: httpUrlSchema,
    title: z.string({ error: "Enter the source's title" }).trim().min(1, "Enter the source's title").max(300, "Use at most 300 characters"),
    stance: z.enum(sourceStances, { error: "Choose a stance" }).default("SUPPORTS"),
  })
  .strict();
export type BlindSource = z.infer<typeof blindSourceSchema>;

export const submitBlindSchema = z
  .object({
    verdictId: id("Choose a verdict"),
    rationale: z.string({ error: "Write your rationale" }).trim().min(1, "Write your rationale").max(5000, "Use at most 5,000 characters"),
    sources: z.array(blindSourceSchema).max(10, "Cite at most 10 sources").default([]),
  })
  .strict();

/** The editor keeps one reviewer's verdict (`fromVerdictId`) or writes the final one. */
export const adjudicateSchema = z
  .object({
    version: z.number({ error: "version is required" }).int().positive(),
    fromVerdictId: id("Choose the verdict to keep").optional(),
    verdictId: id("Choose the final verdict").optional(),
    rationale: z.string({ error: "Write the final rationale" }).trim().min(1, "Write the final rationale").max(5000, "Use at most 5,000 characters").optional(),
  })
  .strict()
  .superRefine((input, context) => {
    const writing = input.verdictId !== undefined || input.rationale !== undefined;
    if (input.fromVerdictId !== undefined && writing) context.addIssue({ code: "custom", path: ["fromVerdictId"], message: "Keep one reviewer's verdict or write the final one, not both" });
    if (input.fromVerdictId === undefined && input.verdictId === undefined) context.addIssue({ code: "custom", path: ["verdictId"], message: "Choose the final verdict" });
    if (input.fromVerdictId === undefined && input.rationale === undefined) context.addIssue({ code: "custom", path: ["rationale"], message: "Write the final rationale" });
  });

export const cancelBlindSchema = z
  .object({ reason: z.string({ error: "Say why the request is cancelled" }).trim().min(1, "Say why the request is cancelled").max(500, "Use at most 500 characters") })
  .strict();
