import type { LlmUsage } from "../../llm/types.ts";
import type { Usage } from "../../model/analysis.ts";

/** Price per million tokens of one model. */
export interface ModelPrice {
  input: number;
  output: number;
  currency: string;
}
export type PriceTable = Record<string, ModelPrice>;

/** One call's usage in the model's shape, priced when the table knows the model. */
export function priceUsage(usage: LlmUsage, model: string, prices: PriceTable = {}): Usage {
  const price = prices[model];
  return {
    calls: 1,
    promptTokens: usage.promptTokens,
    completionTokens: usage.completionTokens,
    ...(usage.estimated ? { estimated: true } : {}),
    ...(price
      ? {
          cost: (usage.promptTokens * price.input + usage.completionTokens * price.output) / 1_000_000,
          currency: price.currency,
        }
      : {}),
  };
}

export function addUsage(total: Usage | undefined, more: Usage): Usage {
  if (!total) return { ...more };
  const cost =
    total.cost !== undefined || more.cost !== undefined ? (total.cost ?? 0) + (more.cost ?? 0) : undefined;
  return {
    calls: total.calls + more.calls,
    promptTokens: total.promptTokens + more.promptTokens,
    completionTokens: total.completionTokens + more.completionTokens,
    ...(total.estimated || more.estimated ? { estimated: true } : {}),
    ...(cost !== undefined ? { cost, currency: total.currency ?? more.currency } : {}),
  };
}
