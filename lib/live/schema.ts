import { z } from "zod";

/** `?after=<event id>`: where a new stream starts (the page's own point in the stream). */
export const deskStreamQuerySchema = z.object({ after: z.string().regex(/^\d{1,18}$/, "after is an event id").optional() }).strict();

/** A tab saying where its person is: the article (in the path), the open claim, unsaved edits in it. */
export const presenceSchema = z
  .object({
    tabId: z.string({ error: "tabId is required" }).regex(/^[A-Za-z0-9_-]{8,64}$/, "tabId is 8 to 64 letters, digits, - or _"),
    claimId: z.string().trim().min(1).max(100, "Not a valid claim id").nullable().default(null),
    editing: z.boolean({ error: "editing must be true or false" }).default(false),
  })
  .strict();

export const leaveSchema = presenceSchema.pick({ tabId: true }).strict();
