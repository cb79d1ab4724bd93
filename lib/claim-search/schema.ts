import { z } from "zod";
import { claimStatuses } from "@/lib/enums";
import { textProblem } from "@/lib/validation";

export const searchPageSize = 20;

const optionalId = z.string().trim().max(100, "Not a valid id").optional().transform((value) => value || undefined);
const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined)
  .pipe(z.iso.date({ error: "Use a date as YYYY-MM-DD" }).optional());

/** The query of /claims and GET /api/claims: every value a URL parameter, so a search is a shareable link. */
export const claimSearchSchema = z
  .object({
    q: z
      .string({ error: "Enter words to search for" })
      .trim()
      .min(1, "Enter words to search for")
      .max(200, "Use at most 200 characters")
      .refine((value) => !textProblem(value), { error: "Remove the unusual characters from the search" }),
    status: z.enum(claimStatuses, { error: "Choose a status from the list" }).optional(),
    verdictId: optionalId,
    tag: z.string().trim().max(50, "Use at most 50 characters").optional().transform((value) => value || undefined),
    assigneeId: optionalId,
    articleId: optionalId,
    from: optionalDate,
    to: optionalDate,
    page: z.coerce.number({ error: "page must be a number" }).int("page must be a whole number").min(1, "page must be at least 1").max(500, "page must be at most 500").default(1),
  })
  .strict()
  .refine((query) => !query.from || !query.to || query.from <= query.to, { error: "The start date must be before the end date", path: ["to"] });

export type ClaimSearch = z.output<typeof claimSearchSchema>;
