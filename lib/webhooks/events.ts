/** What a desk can subscribe to. Pure: shared by the admin form, the schema and the emitters. */
export const webhookEvents = ["claim.verified", "claim.reopened", "claim.published", "article.imported", "article.revised"] as const;
export type WebhookEvent = (typeof webhookEvents)[number];

export const webhookEventHelp: Record<WebhookEvent, string> = {
  "claim.verified": "a claim was verified by a second person (its sealed verdict)",
  "claim.reopened": "a verified claim was reopened, by a person or by an edit of its text",
  "claim.published": "a verified claim was published on its public fact-check page",
  "article.imported": "an article was imported",
  "article.revised": "an article's text was edited (a new revision)",
};

/** The body every receiver gets: an id to deduplicate on, the event, when, and its data. */
export type WebhookPayload = { id: string; type: WebhookEvent; createdAt: string; data: Record<string, unknown> };
