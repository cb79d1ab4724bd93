import { z } from "zod";

/** `?after=<event id>`: where a new stream starts (the page's own point in the stream). */
export const deskStreamQuerySchema = z.object({ after: z.string().regex(/^\d{1,18}$/, "after is an event id").optional() }).strict();
