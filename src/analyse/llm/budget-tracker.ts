/**
 * The run's LLM budget, shared by every analysis of a run (one object, mutated as calls finish).
 * The analyser checks `exhausted` before each call and answers a failure once it is reached (the
 * run's fallback analyser takes the article, marked); the run reads it for the footer note
 * (PipelineDeps.analysis.budget). A call that starts under the cap may end over it: the cap bounds
 * the start of calls.
 */
export interface BudgetLimits {
  /** In the price table's currency. */
  maxCost?: number;
  /** Prompt + completion tokens. */
  maxTokens?: number;
}

export class BudgetTracker {
  spentCost = 0;
  spentTokens = 0;
  calls = 0;
  currency?: string;

  constructor(readonly limits: BudgetLimits = {}) {}

  record(usage: { promptTokens: number; completionTokens: number; cost?: number; currency?: string }): void {
    this.calls += 1;
    this.spentTokens += usage.promptTokens + usage.completionTokens;
    this.spentCost += usage.cost ?? 0;
    this.currency ??= usage.currency;
  }

  get exhausted(): boolean {
    const { maxCost, maxTokens } = this.limits;
    return (
      (maxCost !== undefined && this.spentCost >= maxCost) ||
      (maxTokens !== undefined && this.spentTokens >= maxTokens)
    );
  }

  /** Why the budget is exhausted, for the run's notes; undefined while there is room. */
  get reason(): string | undefined {
    if (!this.exhausted) return undefined;
    const { maxCost, maxTokens } = this.limits;
    if (maxCost !== undefined && this.spentCost >= maxCost)
      return `LLM budget reached: ${this.spentCost.toFixed(4)} of ${maxCost} ${this.currency ?? ""}`.trim();
    return `LLM token budget reached: ${this.spentTokens} of ${maxTokens} tokens`;
  }
}
