import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { allowedMoves, canDeleteClaim, canRequestBlindVerdicts, canEditClaim, editableFields, sealedFields, statusChangeProblem, whyNotVerify, type ClaimForRules } from "./rules";

const reviewer: Actor = { id: "r1", email: "r1@x", name: "R1", role: "REVIEWER" };
const otherReviewer: Actor = { id: "r2", email: "r2@x", name: "R2", role: "REVIEWER" };
const editor: Actor = { id: "e1", email: "e1@x", name: "E1", role: "EDITOR" };
const admin: Actor = { id: "a1", email: "a1@x", name: "A1", role: "ADMIN" };

const ready: ClaimForRules = { status: "IN_REVIEW", createdById: "r1", verdictId: "v", verdictSetById: "r1", substanceChangedById: "r1", rationale: "Because", sourceCount: 1 };

describe("claim rules", () => {
  it("lets reviewers edit only their own drafts", () => {
    expect(canEditClaim(reviewer, { status: "DRAFT", createdById: "r1" })).toBe(true);
    expect(canEditClaim(otherReviewer, { status: "DRAFT", createdById: "r1" })).toBe(false);
    expect(canEditClaim(reviewer, { status: "IN_REVIEW", createdById: "r1" })).toBe(false);
    expect(canEditClaim(editor, { status: "VERIFIED", createdById: "r1" })).toBe(true);
  });

  it("lets an editor who did not set the verdict verify a complete claim", () => {
    expect(statusChangeProblem(editor, ready, "VERIFIED", {})).toBeNull();
    expect(statusChangeProblem(admin, ready, "VERIFIED", {})).toBeNull();
  });

  it("enforces the two-person rule", () => {
    const ownVerdict = { ...ready, verdictSetById: editor.id };
    expect(statusChangeProblem(editor, ownVerdict, "VERIFIED", {})).toMatchObject({ code: "forbidden" });
  });

  it("needs someone other than whoever last changed the verdict, rationale or sources", () => {
    const editedByEditor = { ...ready, substanceChangedById: editor.id };
    expect(statusChangeProblem(editor, editedByEditor, "VERIFIED", {})).toMatchObject({ code: "forbidden", message: expect.stringMatching(/another editor/) });
    expect(statusChangeProblem(admin, editedByEditor, "VERIFIED", {})).toBeNull();
  });

  it("offers Verify only to those who may verify, and says why to the others", () => {
    expect(allowedMoves(editor, ready)).toContain("VERIFIED");
    expect(whyNotVerify(editor, ready)).toBeNull();
    const ownVerdict = { ...ready, verdictSetById: editor.id };
    expect(allowedMoves(editor, ownVerdict)).not.toContain("VERIFIED");
    expect(whyNotVerify(editor, ownVerdict)).toBe("You set this verdict; another editor must verify it.");
    expect(whyNotVerify(reviewer, ready)).toMatch(/An editor verifies/);
    expect(whyNotVerify(editor, { ...ready, status: "DRAFT" })).toBeNull();
  });

  it("holds verdict, evidence, verification and rejection while blind verdicts are open", () => {
    const blind = { ...ready, blindReviewOpen: true };
    expect(statusChangeProblem(editor, blind, "VERIFIED", {})).toMatchObject({ code: "validation", field: "status", message: expect.stringMatching(/Blind verdicts are open/) });
    expect(statusChangeProblem(editor, blind, "REJECTED", { rejectionReason: "OUT_OF_SCOPE" })).toMatchObject({ code: "validation" });
    expect(statusChangeProblem(editor, blind, "DRAFT", {})).toBeNull();
    expect(allowedMoves(editor, blind)).toEqual(["DRAFT"]);
    expect(whyNotVerify(editor, blind)).toMatch(/adjudicate them first/);
    expect(editableFields(editor, { status: "IN_REVIEW", createdById: "r1", blindReviewOpen: true })).toEqual(["tags", "assigneeId"]);
    expect(canRequestBlindVerdicts(editor, { status: "IN_REVIEW" })).toBe(true);
    expect(canRequestBlindVerdicts(editor, blind)).toBe(false);
    expect(canRequestBlindVerdicts(editor, { status: "VERIFIED" })).toBe(false);
    expect(canRequestBlindVerdicts(reviewer, { status: "DRAFT" })).toBe(false);
  });

  it("freezes a verified claim's substance but not its tags and assignee", () => {
    const verified = { status: "VERIFIED" as const, createdById: "r1" };
    expect(editableFields(editor, verified)).toEqual(["tags", "assigneeId"]);
    expect(editableFields(editor, { ...verified, status: "IN_REVIEW" })).toEqual(expect.arrayContaining([...sealedFields, "tags", "assigneeId"]));
    expect(editableFields(otherReviewer, { status: "DRAFT", createdById: "r1" })).toEqual([]);
  });

  it("lets reviewers withdraw their own drafts and editors delete anything but a verified claim", () => {
    expect(canDeleteClaim(reviewer, { status: "DRAFT", createdById: "r1" })).toBe(true);
    expect(canDeleteClaim(reviewer, { status: "IN_REVIEW", createdById: "r1" })).toBe(false);
    expect(canDeleteClaim(otherReviewer, { status: "DRAFT", createdById: "r1" })).toBe(false);
    expect(canDeleteClaim(editor, { status: "REJECTED", createdById: "r1" })).toBe(true);
    expect(canDeleteClaim(admin, { status: "VERIFIED", createdById: "r1" })).toBe(false);
  });

  it("never lets a reviewer verify", () => {
    expect(statusChangeProblem(reviewer, ready, "VERIFIED", {})).toMatchObject({ code: "forbidden" });
    expect(allowedMoves(reviewer, { ...ready, status: "DRAFT" })).toEqual(["IN_REVIEW"]);
  });

  it.each([
    ["verdictId", { verdictId: null }],
    ["rationale", { rationale: "  " }],
    ["sources", { sourceCount: 0 }],
  ])("needs %s to verify", (field, change) => {
    expect(statusChangeProblem(editor, { ...ready, ...change }, "VERIFIED", {})).toMatchObject({ code: "validation", field });
  });

  it("asks for a reason to reject and to reopen a verified claim", () => {
    expect(statusChangeProblem(editor, ready, "REJECTED", {})).toMatchObject({ field: "rejectionReason" });
    expect(statusChangeProblem(editor, ready, "REJECTED", { rejectionReason: "OUT_OF_SCOPE" })).toBeNull();
    const verified = { ...ready, status: "VERIFIED" as const };
    expect(statusChangeProblem(editor, verified, "IN_REVIEW", {})).toMatchObject({ field: "reason" });
    expect(statusChangeProblem(editor, verified, "IN_REVIEW", { reason: "New data" })).toBeNull();
  });

  it("refuses moves that do not exist", () => {
    expect(statusChangeProblem(admin, { ...ready, status: "DRAFT" }, "VERIFIED", {})).toMatchObject({ code: "validation", field: "status" });
  });
});
