/** The LLM analyser stage: public surface of src/analyse/llm. */
export { type BudgetLimits, BudgetTracker } from "./budget-tracker.ts";
export {
  buildAnalysisMessages,
  buildGateMessages,
  buildRepairMessages,
  type OutputLanguage,
  TAG_VOCABULARY,
} from "./build-messages.ts";
export {
  createLlmAnalyser,
  type LlmAnalyser,
  type LlmAnalyserOptions,
  type LlmCallRecord,
} from "./create-llm-analyser.ts";
export { ENTRY_JSON_SCHEMA, type GateVerdict, parseEntryReply, parseGateReply } from "./parse-replies.ts";
export {
  cleanBody,
  neutraliseDelimiters,
  prepareArticleLead,
  prepareArticleText,
} from "./prepare-article.ts";
export { addUsage, type ModelPrice, type PriceTable, priceUsage } from "./price-usage.ts";
export {
  DEFAULT_PROMPTS_DIR,
  fillTemplate,
  loadPromptSet,
  type PromptSet,
  type PromptTemplate,
  parsePromptTemplate,
} from "./prompt-template.ts";
export { promptVersionOf } from "./prompt-version.ts";
export { createStoryJudge, type JudgedArticle, type StoryJudgement } from "./story-judge.ts";
