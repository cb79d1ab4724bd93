import { z } from "zod";
import { httpUrlSchema } from "@/lib/articles/schema";
import { webhookEvents } from "./events";

const events = z
  .array(z.enum(webhookEvents, { error: `Events are ${webhookEvents.join(", ")}` }), { error: "Choose at least one event" })
  .min(1, "Choose at least one event")
  .transform((chosen) => webhookEvents.filter((event) => chosen.includes(event)));

const description = z.string().trim().max(200, "Use at most 200 characters").transform((value) => value || null).nullish();

export const createWebhookSchema = z.object({ url: httpUrlSchema, events, description }).strict();
export const updateWebhookSchema = z
  .object({ url: httpUrlSchema, events, description, active: z.boolean({ error: "active must be true or false" }) })
  .partial()
  .strict()
  .refine((value) => Object.keys(value).length > 0, { message: "Nothing to change" });

export const deliveryListQuerySchema = z
  .object({ limit: z.coerce.number({ error: "limit must be a whole number" }).int("limit must be a whole number").min(1, "limit is at least 1").max(200, "limit is at most 200").default(50) })
  .strict();

export const webhookEndpointSelect = { id: true, url: true, description: true, events: true, active: true, createdAt: true, updatedAt: true } as const;
export const webhookDeliverySelect = {
  id: true,
  eventId: true,
  event: true,
  status: true,
  attempts: true,
  lastStatus: true,
  lastError: true,
  lastAttemptAt: true,
  nextAttemptAt: true,
  deliveredAt: true,
  createdAt: true,
} as const;
