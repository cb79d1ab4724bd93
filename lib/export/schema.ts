import { z } from "zod";
import { claimStatuses } from "@/lib/enums";
import { calendarDay } from "@/lib/dates";

export const exportFormats = ["csv", "json", "claimreview", "annotation"] as const;
export type ExportFormat = (typeof exportFormats)[number];

const day = calendarDay;

export const exportQueryKeys = new Set(["format", "status", "verdictId", "from", "to", "tag", "reviewerId", "articleId", "rows", "bom"]);

/** Query-string filters of an export. Unknown keys and values are refused (422), never ignored. */
export const exportQuerySchema = z
  .object({
    format: z.enum(exportFormats, { error: `format must be one of ${exportFormats.join(", ")}` }).default("csv"),
    status: z.enum([...claimStatuses, "ALL"], { error: `status must be one of ${[...claimStatuses, "ALL"].join(", ")}` }).default("VERIFIED"),
    verdictId: z.string().min(1).optional(),
    from: day.optional(),
    to: day.optional(),
    tag: z.string().trim().min(1).max(40).optional(),
    reviewerId: z.string().min(1).optional(),
    articleId: z.string().min(1).optional(),
    rows: z.enum(["claim", "source"], { error: "rows must be claim or source" }).default("claim"),
    bom: z.enum(["true", "false"], { error: "bom must be true or false" }).default("true").transform((v) => v === "true"),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "from must not be after to", path: ["from"] });

export type ExportQuery = z.infer<typeof exportQuerySchema>;
