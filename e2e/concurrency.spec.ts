import { expect, test } from "@playwright/test";
import { db } from "../lib/db/client";
import { apiAs } from "./support/api-login";
import { seedArticle, seedUser } from "./support/seed";

test("50 parallel saves of one claim with the same version: one wins, 49 get 409, nothing is lost", async ({ baseURL }) => {
  const editor = await seedUser("EDITOR");
  const article = await seedArticle(editor.id);
  const api = await apiAs(baseURL!, editor);
  const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id } });
  const exact = "Construction costs rose 38%";
  const start = revision.text.indexOf(exact);
  const { claim } = await (await api.post(`/api/articles/${article.id}/claims`, { data: { revisionId: revision.id, start, end: start + exact.length, exact } })).json();

  const responses = await Promise.all(
    Array.from({ length: 50 }, (_, i) => api.patch(`/api/claims/${claim.id}`, { data: { version: 1, changes: { statement: `Wording ${i}` } } })),
  );
  const statuses = responses.map((r) => r.status());
  expect(statuses.filter((s) => s === 200)).toHaveLength(1);
  expect(statuses.filter((s) => s === 409)).toHaveLength(49);
  const winner = await responses[statuses.indexOf(200)].json();
  const stored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
  expect(stored).toMatchObject({ version: 2, statement: winner.claim.statement });
  expect(await db.claimEvent.count({ where: { claimId: claim.id, field: "statement" } })).toBe(1);
  // Every loser was told what the winner wrote.
  const loser = await responses[statuses.indexOf(409)].json();
  expect(loser.current).toMatchObject({ version: 2, statement: winner.claim.statement });
  await api.dispose();
});

test("20 reviewers creating claims on one article at once lose nothing", async ({ baseURL }) => {
  const author = await seedUser("REVIEWER");
  const article = await seedArticle(author.id);
  const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id } });
  const reviewers = await Promise.all(Array.from({ length: 20 }, () => seedUser("REVIEWER")));
  const clients = await Promise.all(reviewers.map((r) => apiAs(baseURL!, r)));
  const quotes = ["officials said on Monday", "Construction costs rose 38%", "$112 million", "She called for an audit."];

  const responses = await Promise.all(
    clients.map((client, i) => {
      const exact = quotes[i % quotes.length];
      const start = revision.text.indexOf(exact);
      return client.post(`/api/articles/${article.id}/claims`, { data: { revisionId: revision.id, start, end: start + exact.length, exact, statement: `Claim by reviewer ${i}` } });
    }),
  );
  expect(responses.map((r) => r.status())).toEqual(Array(20).fill(201));
  const stored = await db.claim.findMany({ where: { articleId: article.id }, select: { statement: true, createdById: true } });
  expect(stored).toHaveLength(20);
  expect(new Set(stored.map((c) => c.createdById))).toEqual(new Set(reviewers.map((r) => r.id)));
  expect(new Set(stored.map((c) => c.statement)).size).toBe(20);
  await Promise.all(clients.map((c) => c.dispose()));
});
