/** Highlight colour families a verdict can have (the VerdictTone enum). Pure, for forms. */
export const verdictTones = ["TRUE", "MIXED", "FALSE", "OTHER"] as const;
export type VerdictTone = (typeof verdictTones)[number];
