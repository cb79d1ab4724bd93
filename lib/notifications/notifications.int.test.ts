import { describe, expect, it } from "vitest";
import { changeClaimStatus } from "@/lib/claims/change-claim-status";
import { createClaim } from "@/lib/claims/create-claim";
import { updateClaim } from "@/lib/claims/update-claim";
import { addComment } from "@/lib/comments/add-comment";
import { db } from "@/lib/db/client";
import { expectAppError } from "@/tests/support/app-error";
import { makeArticle, repeatedSentence, selectionOf } from "@/tests/support/article-factory";
import { verifiedClaim } from "@/tests/support/claim-factory";
import { makeUser } from "@/tests/support/factories";
import { countUnread, listNotifications, markNotificationsRead } from "./list-notifications";

const kinds = async (userId: string) => (await db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { kind: true } })).map((n) => n.kind);

describe("notifications", () => {
  it("tell people of mentions, assignments, reviews asked of them and their verified claims reopened, never of their own doing", async () => {
    const reviewer = await makeUser("REVIEWER");
    const editor = await makeUser("EDITOR");
    const article = await makeArticle(reviewer);
    const claim = await createClaim({ actor: reviewer, articleId: article.id, input: { revisionId: article.revisionId, ...selectionOf(article.text, repeatedSentence, 0) } });

    await addComment({ actor: reviewer, claimId: claim.id, input: { body: `@${editor.email.split("@")[0]} can you look?` } });
    const assigned = await updateClaim({ actor: editor, claimId: claim.id, input: { version: claim.version, changes: { assigneeId: reviewer.id } } });
    // Assigning oneself notifies nobody.
    await updateClaim({ actor: reviewer, claimId: claim.id, input: { version: assigned.version, changes: { tags: ["buses"] } } });
    expect(await kinds(editor.id)).toEqual(["MENTION"]);
    expect(await kinds(reviewer.id)).toEqual(["ASSIGNED"]);

    const withVerdict = await updateClaim({ actor: editor, claimId: claim.id, input: { version: assigned.version + 1, changes: { assigneeId: editor.id, verdictId: "verdict_true", rationale: "Minutes." } } });
    await changeClaimStatus({ actor: reviewer, claimId: claim.id, input: { version: withVerdict.version, status: "IN_REVIEW" } });
    // The editor assigned the claim to themselves (no notification), then it was sent for their review.
    expect(await kinds(editor.id)).toEqual(["MENTION", "REVIEW_REQUESTED"]);

    const { editor: verifier, claim: verified } = await verifiedClaim();
    const other = await makeUser("EDITOR");
    await changeClaimStatus({ actor: other, claimId: verified.id, input: { version: verified.version, status: "IN_REVIEW", reason: "A new report" } });
    expect(await kinds(verifier.id)).toEqual(["REOPENED"]);

    const listed = await listNotifications({ actor: verifier });
    expect(listed).toMatchObject({ unread: 1, notifications: [{ kind: "REOPENED", unread: true, actorName: other.name, claim: { id: verified.id } }] });
  });

  it("are marked read by the person, the ones named or all, and only theirs", async () => {
    const { editor: verifier, claim } = await verifiedClaim();
    const other = await makeUser("EDITOR");
    await changeClaimStatus({ actor: other, claimId: claim.id, input: { version: claim.version, status: "IN_REVIEW", reason: "Recheck" } });
    const [mine] = (await listNotifications({ actor: verifier })).notifications;
    expect(await markNotificationsRead({ actor: other, input: { ids: [mine.id] } })).toBe(0);
    expect(await countUnread({ actor: verifier })).toBe(1);
    expect(await markNotificationsRead({ actor: verifier, input: {} })).toBe(1);
    expect(await countUnread({ actor: verifier })).toBe(0);
    expect((await expectAppError(markNotificationsRead({ actor: verifier, input: { ids: "all" } }))).code).toBe("validation");
  });
});
