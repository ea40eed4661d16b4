// The verify stage: an entry is checked against its article before anything is published. Pure,
// except verifyEntryAsync (the optional online link check, its fetch injected). The repair turn
// runs inside the LLM analyser; pipeline/verification.ts wires policy, evidence and the online check.
export { alternativeSummaries, type EvidenceArticle, evidenceOf } from "./article-evidence.ts";
export { canonicalLink, type LinkKey } from "./canonical-link.ts";
export { checkOnline, type OnlineCheckOptions, type OnlineVerdict } from "./check-online.ts";
export { type ClaimExplanation, explainClaims } from "./explain-claims.ts";
export { findFigures, findNames } from "./find-figures.ts";
export { EVIDENCE_THRESHOLD, evidenceScore } from "./match-evidence.ts";
export type {
  ArticleEvidence,
  ClaimKind,
  ClaimReport,
  ClaimStatus,
  VerifyOptions,
  VerifyPolicy,
  VerifyProblem,
  VerifyResult,
} from "./types.ts";
export { addCounts, countClaims, UNNAMED_ORG, verifyEntry } from "./verify-entry.ts";
export { type VerifyAsyncOptions, verifyEntryAsync } from "./verify-entry-async.ts";
