import { z } from "zod";
import { httpUrlSchema } from "@/lib/articles/schema";
import { optionalDay } from "@/lib/dates";
import { claimStatuses, confidenceLevels, rejectionReasons, sourceKinds, sourceStances } from "@/lib/enums";


const optionalText = (max: number, label = "characters") =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max.toLocaleString("en")} ${label}`)
    .transform((value) => value || null)
    .nullish();

const optionalDate = optionalDay;

const version = z.number({ error: "version is required" }).int().positive();

/**
 * A selection (revisionId, start, end and the exact text, as the viewer sends), or for API
 * clients the exact text alone, which must then occur once in the latest revision.
 */
export const createClaimSchema = z
  .object({
    revisionId: z.string().min(1).optional(),
    start: z.number({ error: "The selection start must be a number" }).int("The selection start must be a whole number").optional(),
    end: z.number({ error: "The selection end must be a number" }).int("The selection end must be a whole number").optional(),
    exact: z.string({ error: "Select some text first" }).min(1, "Select some text first").max(5000, "Select at most 5,000 characters"),
    statement: optionalText(2000),
  })
  .strict()
  .refine((claim) => [claim.revisionId, claim.start, claim.end].every((v) => v === undefined) || [claim.revisionId, claim.start, claim.end].every((v) => v !== undefined), {
    message: "Send revisionId, start and end together, or only exact",
    path: ["start"],
  });

export const claimFieldsSchema = z
  .object({
    statement: z.string().trim().min(1, "Write the claim as checked").max(2000, "Use at most 2,000 characters"),
    claimant: optionalText(200),
    claimDate: optionalDate,
    tags: z.array(z.string().trim().min(1, "Tags cannot be empty").max(40, "Tags have at most 40 characters")).max(20, "Use at most 20 tags"),
    assigneeId: z.string().min(1).nullable(),
    verdictId: z.string().min(1).nullable(),
    rationale: optionalText(5000),
    confidence: z.enum(confidenceLevels, { error: "Choose low, medium or high" }).nullable(),
    // Set by a person who has looked at a claim flagged after an article edit.
    anchorReviewed: z.literal(true),
  })
  .partial()
  .strict();
export type ClaimFields = z.infer<typeof claimFieldsSchema>;

export const updateClaimSchema = z
  .object({ version, changes: claimFieldsSchema, reason: optionalText(500) })
  .strict();

export const changeStatusSchema = z
  .object({
    version,
    status: z.enum(claimStatuses, { error: "Unknown status" }),
    reason: optionalText(500),
    rejectionReason: z.enum(rejectionReasons, { error: "Choose a reason" }).nullish(),
  })
  .strict();

export const sourceSchema = z
  .object({
    url: httpUrlSchema,
    title: z.string({ error: "Enter the source's title" }).trim().min(1, "Enter the source's title").max(300, "Use at most 300 characters"),
    publisher: optionalText(200),
    quotedPassage: optionalText(5000),
    accessedAt: optionalDate,
    kind: z.enum(sourceKinds, { error: "Choose a kind" }).default("OTHER"),
    stance: z.enum(sourceStances, { error: "Choose a stance" }).default("SUPPORTS"),
  })
  .strict();

const requiredReason = (what: string) =>
  z.string({ error: `Say why ${what}` }).trim().min(1, `Say why ${what}`).max(500, "Use at most 500 characters");

export const retractSourceSchema = z.object({ reason: requiredReason("this source is removed") }).strict();

export const deleteClaimSchema = z.object({ reason: requiredReason("this claim is deleted") }).strict();
