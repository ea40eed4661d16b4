import { describeProblem } from "../model/problem.ts";
import type { RunSummary } from "../pipeline/run-daily.ts";
import { type CliContext, print } from "./context.ts";

/** The end-of-run summary: what was written, per-source coverage, and what is missing. */
export function printSummary(ctx: CliContext, summary: RunSummary): void {
  const out = ctx.stdout;
  const b = summary.briefing;
  if (summary.status !== "ok") {
    const why = [summary.reason, summary.error].filter(Boolean).join(" — ");
    print(ctx.stderr, `run ${summary.runId} for ${summary.date} ${summary.status}${why ? `: ${why}` : ""}`);
  }
  if (!b) return;
  print(out, `briefing ${b.date}: ${b.items.length} entries (★ ≥ ${b.minStars})`);
  for (const c of b.coverage) {
    print(
      out,
      `  ${c.sourceName}: found ${c.found} · on the day ${c.inWindow} · analysed ${c.analysed} · duplicates ${c.duplicates} · below threshold ${c.belowThreshold} · failed ${c.failed}`,
    );
    for (const p of c.problems) print(out, `    ! ${describeProblem(p)}`);
  }
  for (const a of b.analysers) {
    print(
      out,
      `  analyser ${a.name}: ${a.entries} entries${a.fallback ? ` (${a.fallback} offline fallbacks)` : ""}`,
    );
  }
  const a = summary.analyse;
  if (a) {
    print(
      out,
      `  analyses: ${a.analysed} new, ${a.cached} reused, ${a.rejected} rejected, ${a.fallback} fallback, ${a.failed} failed`,
    );
  }
  if (b.usage) {
    print(
      out,
      `  LLM: ${b.usage.calls} calls, ${b.usage.promptTokens}+${b.usage.completionTokens} tokens, ${b.usage.cost.toFixed(4)} ${b.usage.currency}`,
    );
  }
  for (const [format, path] of Object.entries(summary.outputs)) print(out, `  wrote ${format}: ${path}`);
  for (const ch of summary.delivery?.channels ?? []) {
    const detail = ch.error
      ? ` — ${ch.error}`
      : ch.failed
        ? " — failed parts are retried by the next run"
        : "";
    print(
      out,
      `  delivered ${ch.id} (${ch.type}): ${ch.sent} sent, ${ch.skipped} already sent, ${ch.failed} failed${detail}`,
    );
    for (const p of ch.parts) {
      if (!p.resent) continue;
      const list = (titles: string[]) => (titles.length ? titles.map((t) => `《${t}》`).join(" ") : "none");
      print(
        out,
        `    part ${p.index}/${p.total} sent again: its entries changed since the last delivery — new: ${list(p.resent.added)}; sent before in another form: ${list(p.resent.changed)}`,
      );
    }
  }
}
