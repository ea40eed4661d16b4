import { UsageError } from "../../errors.ts";
import { listRuns } from "../../queries/index.ts";
import { openConfiguredStore, storeMayExist } from "../../store/index.ts";
import { type CliContext, print } from "../context.ts";
import { countName, messagesOf, statusText } from "../i18n.ts";
import { loadCliConfig } from "../load.ts";

/**
 * `daybrief runs`: the latest runs with their status (ok, degraded, failed, cancelled, interrupted,
 * running) and why, counts, failures and LLM spend. Everything shown was redacted when stored.
 */
export async function runsCommand(
  ctx: CliContext,
  options: { config?: string; limit?: string },
): Promise<number> {
  const t = messagesOf(ctx);
  const limit = Number(options.limit ?? 20);
  if (!Number.isInteger(limit) || limit < 1)
    throw new UsageError(t("error.wholeNumber", { flag: "--limit", value: options.limit }));
  const config = loadCliConfig(ctx, options.config);
  if (!storeMayExist(config.store)) {
    print(ctx.stdout, t("runs.none"));
    return 0;
  }
  const store = await openConfiguredStore(config.store);
  try {
    for (const run of await listRuns({ store, config }, { limit })) {
      const usage = run.spend;
      const counts = Object.entries(run.counts)
        .map(([k, v]) => `${countName(t, k)} ${v}`)
        .join(" · ");
      print(
        ctx.stdout,
        // A briefing other than the default one (config `briefings`) is named after the date.
        `#${run.id} ${run.date}${run.briefingId ? ` [${run.briefingId}]` : ""} ${run.command} ${statusText(t, run.status)} ${run.startedAt} — ${counts}`,
      );
      if (run.reason) print(ctx.stdout, t("runs.why", { reason: run.reason }));
      if (usage.calls > 0) {
        const cost =
          Object.entries(usage.costByCurrency)
            .map(([c, v]) => `${v.toFixed(4)} ${c}`)
            .join(" + ") || "0";
        print(
          ctx.stdout,
          t("runs.usage", {
            calls: usage.calls,
            prompt: usage.promptTokens,
            completion: usage.completionTokens,
            cost,
          }),
        );
      }
      for (const f of run.failures ?? [])
        print(ctx.stdout, `    ! ${f.stage} ${f.sourceId ?? ""} ${f.url ?? ""} ${f.message}`);
    }
  } finally {
    await store.close();
  }
  return 0;
}
