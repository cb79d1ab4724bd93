import { randomBytes } from "node:crypto";
import { insertTrustedArticle } from "@/lib/articles/insert-article";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/permissions";
import { db, type DbTransaction } from "@/lib/db/client";
import { describeRange, occurrencesOf } from "@/lib/anchoring/selectors";
import { anchorColumns } from "@/lib/claims/anchor-columns";
import { sealVerification } from "@/lib/verifications/seal-verification";
import { demoArticles, demoClaims } from "./articles";

export const demoAccounts: { email: string; name: string; role: Role }[] = [
  { email: "admin@factcheck.test", name: "Ada Admin", role: "ADMIN" },
  { email: "editor@factcheck.test", name: "Eddie Editor", role: "EDITOR" },
  { email: "reviewer@factcheck.test", name: "Rita Reviewer", role: "REVIEWER" },
  { email: "reviewer2@factcheck.test", name: "Ravi Reviewer", role: "REVIEWER" },
];

/** The documented development password; production demos get random ones. */
export const developmentDemoPassword = "factcheck-demo";

export type SeededLogin = { email: string; role: Role; password: string };

/**
 * On an empty database, creates the demo accounts and articles and returns the logins so the
 * caller can print them once. Does nothing (returns []) when any user exists.
 */
export async function seedDemoData({ randomPasswords }: { randomPasswords: boolean }): Promise<SeededLogin[]> {
  if ((await db.user.count()) > 0) return [];
  const logins = demoAccounts.map((account) => ({
    ...account,
    password: randomPasswords ? randomBytes(9).toString("base64url") : developmentDemoPassword,
  }));
  const hashes = await Promise.all(logins.map((login) => hashPassword(login.password)));
  // All or nothing: a half-seeded database would never be seeded again.
  await db.$transaction(
    async (tx) => {
      const users = await Promise.all(
        logins.map(({ email, name, role }, index) =>
          tx.user.create({ data: { email, name, role, passwordHash: hashes[index] }, select: { id: true, role: true } }),
        ),
      );
      const byRole = (role: Role, index = 0) => users.filter((user) => user.role === role)[index];
      const articles = [];
      for (const article of demoArticles) articles.push(await insertTrustedArticle(tx, { actorId: byRole("ADMIN").id, input: article }));
      await seedDemoClaims(tx, articles[0].id, { reviewer: byRole("REVIEWER").id, editor: byRole("EDITOR").id });
      await seedDemoBlindReview(tx, articles[0].id, { editor: byRole("EDITOR").id, reviewers: [byRole("REVIEWER").id, byRole("REVIEWER", 1).id] });
    },
    { timeout: 30_000 },
  );
  return logins.map(({ email, role, password }) => ({ email, role, password }));
}

/** A few claims in every state on the first demo article, so the viewer has something to show. */
async function seedDemoClaims(tx: DbTransaction, articleId: string, people: { reviewer: string; editor: string }) {
  const editor = await tx.user.findUniqueOrThrow({ where: { id: people.editor }, select: { id: true, name: true } });
  const revision = await tx.articleRevision.findFirstOrThrow({ where: { articleId }, select: { id: true, text: true } });
  for (const claim of demoClaims) {
    const start = occurrencesOf(revision.text, claim.quote)[claim.occurrence ?? 0];
    const anchor = describeRange(revision.text, start, start + claim.quote.length);
    const verified = claim.status === "VERIFIED";
    const created = await tx.claim.create({
      data: {
        articleId,
        revisionId: revision.id,
        ...anchorColumns(anchor),
        statement: claim.statement,
        claimant: claim.claimant,
        status: claim.status,
        verdictId: claim.verdictId,
        verdictSetById: claim.verdictId ? people.reviewer : null,
        substanceChangedById: claim.verdictId ? people.reviewer : null,
        rationale: claim.rationale,
        createdById: people.reviewer,
        sources: { create: claim.sources.map((source) => ({ ...source, createdById: people.reviewer })) },
      },
      select: { id: true },
    });
    await tx.claimEvent.create({ data: { claimId: created.id, actorId: people.reviewer, field: "created", newValue: { quote: anchor.exact } } });
    if (verified) {
      // Verified demo claims carry a real seal, exactly as verifying in the app writes it.
      const verifiedAt = new Date();
      const verificationId = await sealVerification(tx, { claimId: created.id, verifier: editor, verifiedAt });
      await tx.claim.update({ where: { id: created.id }, data: { verifiedById: editor.id, verifiedAt, verificationId } });
      await tx.claimEvent.create({ data: { claimId: created.id, actorId: editor.id, field: "status", oldValue: "IN_REVIEW", newValue: "VERIFIED" } });
    }
  }
}

/**
 * Blind verdicts on the draft claim from both reviewers, given and differing: the editor's
 * side-by-side view and the dashboard's agreement figures have something to show.
 */
async function seedDemoBlindReview(tx: DbTransaction, articleId: string, people: { editor: string; reviewers: [string, string] }) {
  const claim = await tx.claim.findFirstOrThrow({ where: { articleId, status: "DRAFT" }, select: { id: true } });
  const now = new Date();
  const [first, second] = people.reviewers;
  await tx.blindReview.create({
    data: {
      claimId: claim.id,
      requestedById: people.editor,
      completedAt: now,
      verdicts: {
        create: [
          {
            reviewerId: first,
            verdictId: "verdict_mostly_true",
            rationale: "Annual ridership reports show 18.4% growth from 2022 to 2025, but 2022 was still a pandemic low.",
            sources: [{ url: "https://transit.example.org/reports/ridership-2025", title: "Riverside Transit annual ridership report 2025", stance: "SUPPORTS" }],
            submittedAt: now,
          },
          {
            reviewerId: second,
            verdictId: "verdict_half_true",
            rationale: "The 18% counts transfers as new trips; unique riders grew 11% over the same period.",
            sources: [{ url: "https://stats.example.org/riverside/unique-riders", title: "Regional statistics office: unique riders by year", stance: "ADDS_CONTEXT" }],
            submittedAt: now,
          },
        ],
      },
    },
  });
  await tx.claimEvent.create({ data: { claimId: claim.id, actorId: people.editor, field: "blindReview", newValue: { requested: ["Rita Reviewer", "Ravi Reviewer"] } } });
}

/** Prints the logins of newly created demo accounts, once (their passwords are not kept anywhere else). */
export function printDemoLogins(logins: SeededLogin[]) {
  if (!logins.length) return;
  console.log("\nDemo accounts (shown once):");
  for (const login of logins) console.log(`  ${login.role.padEnd(8)} ${login.email.padEnd(26)} ${login.password}`);
  console.log("");
}
