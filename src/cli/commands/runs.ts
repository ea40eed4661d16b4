import { UsageError } from "../../errors.ts";
import { listRuns } from "../../queries/index.ts";
import { openConfiguredStore, storeMayExist } from "../../store/index.ts";
import { type CliContext, print } from "../context.ts";
import { loadCliConfig } from "../load.ts";

/**
 * `daybrief runs`: the latest runs with their status (ok, degraded, failed, cancelled, interrupted,
 * running) and why, counts, failures and LLM spend. Everything shown was redacted when stored.
 */
export async function runsCommand(
  ctx: CliContext,
  options: { config?: string; limit?: string },
): Promise<number> {
  const limit = Number(options.limit ?? 20);
  if (!Number.isInteger(limit) || limit < 1)
    throw new UsageError(`--limit takes a whole number, got "${options.limit}"`);
  const config = loadCliConfig(ctx, options.config);
  if (!storeMayExist(config.store)) {
    print(ctx.stdout, "no runs yet");
    return 0;
  }
  const store = await openConfiguredStore(config.store);
  try {
    for (const run of await listRuns({ store, config }, { limit })) {
      const usage = run.spend;
      const counts = Object.entries(run.counts)
        .map(([k, v]) => `${k} ${v}`)
        .join(" · ");
      print(ctx.stdout, `#${run.id} ${run.date} ${run.command} ${run.status} ${run.startedAt} — ${counts}`);
      if (run.reason) print(ctx.stdout, `    why: ${run.reason}`);
      if (usage.calls > 0) {
        print(
          ctx.stdout,
          `    LLM ${usage.calls} calls, ${usage.promptTokens}+${usage.completionTokens} tokens, cost ${
            Object.entries(usage.costByCurrency)
              .map(([c, v]) => `${v.toFixed(4)} ${c}`)
              .join(" + ") || "0"
          }`,
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
