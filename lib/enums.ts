/**
 * The schema's enums, as lists and types, taken from the generated Prisma client (never
 * copied by hand): a value added to schema.prisma reaches every form, filter and label.
 * Pure data, safe for the browser.
 */
import { AnchorState, ClaimStatus, Confidence, NotificationKind, RejectionReason, Role, SourceKind, SourceStance, VerdictTone } from "@/lib/db/generated/enums";

const valuesOf = <T extends Record<string, string>>(e: T) => Object.values(e) as [T[keyof T], ...T[keyof T][]];

export const roles = valuesOf(Role);
export const claimStatuses = valuesOf(ClaimStatus);
export const anchorStates = valuesOf(AnchorState);
export const confidenceLevels = valuesOf(Confidence);
export const rejectionReasons = valuesOf(RejectionReason);
export const sourceKinds = valuesOf(SourceKind);
export const sourceStances = valuesOf(SourceStance);
export const verdictTones = valuesOf(VerdictTone);
export const notificationKinds = valuesOf(NotificationKind);

export type { AnchorState, ClaimStatus, Confidence, NotificationKind, RejectionReason, Role, SourceKind, SourceStance, VerdictTone };
