import { describeProblem } from "../model/problem.ts";
import type { RunSummary } from "../pipeline/run-daily.ts";
import { type CliContext, print } from "./context.ts";
import { messagesOf, statusText } from "./i18n.ts";

/** The end-of-run summary: what was written, per-source coverage, and what is missing. */
export function printSummary(ctx: CliContext, summary: RunSummary): void {
  const t = messagesOf(ctx);
  const out = ctx.stdout;
  const b = summary.briefing;
  if (summary.status !== "ok") {
    const why = [summary.reason, summary.error].filter(Boolean).join(" — ");
    const runStatus = { runId: summary.runId, date: summary.date, status: statusText(t, summary.status) };
    print(ctx.stderr, t("summary.runStatus", { ...runStatus, why: why ? t("summary.runWhy", { why }) : "" }));
  }
  if (!b) return;
  print(out, t("summary.briefing", { date: b.date, count: b.items.length, minStars: b.minStars }));
  for (const c of b.coverage) {
    print(
      out,
      t("summary.coverage", {
        source: c.sourceName,
        found: c.found,
        inWindow: c.inWindow,
        analysed: c.analysed,
        duplicates: c.duplicates,
        below: c.belowThreshold,
        failed: c.failed,
      }),
    );
    for (const p of c.problems) print(out, `    ! ${describeProblem(p)}`);
  }
  for (const a of b.analysers) {
    const fallback = a.fallback ? t("summary.analyserFallback", { count: a.fallback }) : "";
    print(out, t("summary.analyser", { name: a.name, count: a.entries, fallback }));
  }
  const a = summary.analyse;
  if (a) print(out, t("summary.analyses", { ...a, new: a.analysed }));
  if (b.usage) {
    const u = b.usage;
    const usage = { calls: u.calls, prompt: u.promptTokens, completion: u.completionTokens };
    print(out, t("summary.usage", { ...usage, cost: u.cost.toFixed(4), currency: u.currency }));
  }
  for (const [format, path] of Object.entries(summary.outputs))
    print(out, t("summary.wrote", { format, path }));
  for (const ch of summary.delivery?.channels ?? []) {
    const detail = ch.error ? ` — ${ch.error}` : ch.failed ? t("summary.retriedNext") : "";
    const counts = { sent: ch.sent, skipped: ch.skipped, failed: ch.failed };
    print(out, t("summary.delivered", { id: ch.id, type: ch.type, ...counts, detail }));
    for (const p of ch.parts) {
      if (!p.resent) continue;
      const list = (titles: string[]) =>
        titles.length ? titles.map((title) => `《${title}》`).join(" ") : t("summary.none");
      print(
        out,
        t("summary.resent", {
          index: p.index,
          total: p.total,
          added: list(p.resent.added),
          changed: list(p.resent.changed),
        }),
      );
    }
  }
}
