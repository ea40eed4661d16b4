import type { Briefing } from "../../model/briefing.ts";
import type { VerifiedDay } from "../build-briefing.ts";
import type { PipelineDeps } from "../deps.ts";
import { rankBriefing } from "../rank-briefing.ts";

/**
 * rank: the verified entries ranked and put together as the day's briefing, with the run's notes
 * and the day's LLM cost. A run and a re-render (`daybrief render`) both rank through here.
 */
export async function rankStep(
  deps: Pick<PipelineDeps, "config" | "store" | "now">,
  input: { date: string; verified: VerifiedDay; notes?: string[] },
): Promise<Briefing> {
  const { store, config } = deps;
  const briefing = rankBriefing(input.verified, {
    config,
    date: input.date,
    generatedAt: deps.now().toISOString(),
    notes: input.notes,
  });
  const usage = await store.sumUsageForDate(input.date);
  if (usage.calls > 0) {
    // Costs in two currencies cannot be added: show the first, and name the rest in a note.
    const [currency = "CNY", cost = 0] = Object.entries(usage.costByCurrency)[0] ?? [];
    briefing.usage = {
      calls: usage.calls,
      promptTokens: usage.promptTokens,
      completionTokens: usage.completionTokens,
      cost,
      currency,
    };
    for (const [other, amount] of Object.entries(usage.costByCurrency).slice(1)) {
      briefing.notes.push(`LLM 费用另有 ${amount.toFixed(4)} ${other}`);
    }
  }
  return briefing;
}
