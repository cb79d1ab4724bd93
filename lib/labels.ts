/**
 * Every enum in the words people read, in one typed module: a new enum value without a label
 * does not compile. Pure data, shared by pages, components and history.
 */
import type { AnchorState, ClaimStatus, Confidence, RejectionReason, Role, SourceKind, SourceStance, VerdictTone } from "./enums";

export const roleLabels: Record<Role, string> = { ADMIN: "Admin", EDITOR: "Editor", REVIEWER: "Reviewer" };
export const statusLabels: Record<ClaimStatus, string> = { DRAFT: "Draft", IN_REVIEW: "In review", VERIFIED: "Verified", REJECTED: "Rejected" };
export const anchorLabels: Record<AnchorState, string> = { ANCHORED: "", NEEDS_REVIEW: "Needs re-review", ORPHANED: "Orphaned" };
export const confidenceLabels: Record<Confidence, string> = { LOW: "Low", MEDIUM: "Medium", HIGH: "High" };
export const rejectionLabels: Record<RejectionReason, string> = { NOT_CHECK_WORTHY: "Not check-worthy", OUT_OF_SCOPE: "Out of scope" };
export const sourceKindLabels: Record<SourceKind, string> = {
  PRIMARY_DATA: "Primary data",
  OFFICIAL_STATEMENT: "Official statement",
  EXPERT: "Expert",
  NEWS_REPORT: "News report",
  OTHER: "Other",
};
export const stanceLabels: Record<SourceStance, string> = { SUPPORTS: "Supports", REFUTES: "Refutes", ADDS_CONTEXT: "Adds context" };
export const toneLabels: Record<VerdictTone, string> = { TRUE: "Green (true)", MIXED: "Amber (mixed)", FALSE: "Red (false)", OTHER: "Purple (other)" };
