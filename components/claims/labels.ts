export const confidenceLabels = { LOW: "Low", MEDIUM: "Medium", HIGH: "High" } as const;
export const rejectionLabels = { NOT_CHECK_WORTHY: "Not check-worthy", OUT_OF_SCOPE: "Out of scope" } as const;
export const sourceKindLabels = {
  PRIMARY_DATA: "Primary data",
  OFFICIAL_STATEMENT: "Official statement",
  EXPERT: "Expert",
  NEWS_REPORT: "News report",
  OTHER: "Other",
} as const;
export const stanceLabels = { SUPPORTS: "Supports", REFUTES: "Refutes", ADDS_CONTEXT: "Adds context" } as const;
export const anchorLabels = { ANCHORED: "", NEEDS_REVIEW: "Needs re-review", ORPHANED: "Orphaned" } as const;
export const toneLabels = { TRUE: "Green (true)", MIXED: "Amber (mixed)", FALSE: "Red (false)", OTHER: "Purple (other)" } as const;
