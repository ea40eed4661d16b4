// The analyse stage: turns an Article into an Entry. The offline analyser is the default when no
// LLM is configured and the fallback when the LLM fails.

export { findOrgs, ORG_ALIASES, type OrgMention } from "../model/org-aliases.ts";
export {
  createOfflineAnalyser,
  OFFLINE_ANALYSER_INFO,
  type OfflineAnalyserOptions,
} from "./offline/offline-analyser.ts";
