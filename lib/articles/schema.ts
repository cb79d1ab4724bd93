import { z } from "zod";
import { optionalDay } from "@/lib/dates";

export const maxArticleBytes = 2 * 1024 * 1024;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters`)
    .transform((value) => value || null)
    .nullish();

/**
 * A web address as typed, required to read literally as http(s)://host/… (the WHATWG parser
 * would quietly turn "http:/\\evil.example" into http://evil.example/), stored normalized.
 */
export const httpUrlSchema = z
  .string()
  .trim()
  .max(2000, "URL is too long")
  .refine((value) => {
    if (!/^https?:\/\/[^/\\\s]/i.test(value)) return false;
    try {
      const url = new URL(value);
      return ["http:", "https:"].includes(url.protocol) && url.hostname !== "";
    } catch {
      return false;
    }
  }, "Enter a full http:// or https:// address")
  .transform((value) => new URL(value).href);

export const articleMetadataSchema = z.object({
  title: z.string({ error: "Enter a title" }).trim().min(1, "Enter a title").max(300, "Use at most 300 characters"),
  outlet: optionalText(200),
  author: optionalText(200),
  url: z.union([z.literal("").transform(() => null), httpUrlSchema]).nullish(),
  publishedAt: optionalDay,
});

export type ArticleMetadata = z.output<typeof articleMetadataSchema>;

/** An editor's correction of an article's details: any of the fields, nothing else. */
export const articleMetadataChangesSchema = articleMetadataSchema.partial().strict();

export const createArticleSchema = articleMetadataSchema.extend({
  html: z.string({ error: "Paste the article text" }).min(1, "Paste the article text"),
});
export type CreateArticleInput = z.input<typeof createArticleSchema>;
