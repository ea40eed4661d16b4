import { describeProblem, type Problem } from "../model/problem.ts";
import type { RunSummary } from "../pipeline/run-daily.ts";
import type { RunReason } from "../pipeline/run-status.ts";
import { formatDateTime } from "../time.ts";
import { type CliContext, print } from "./context.ts";
import { type Lang, langOfContext, messagesOf, statusText, type Translate } from "./i18n.ts";

/**
 * A coverage problem in the user's language. A feed's raw error (the HTTP layer's English, e.g.
 * "GET … failed: HTTP 500") is left out of the Chinese line: the catalogue's reason says why, and
 * `daybrief sources`, `daybrief runs` and the log keep the raw text.
 */
function problemLine(problem: Problem, lang: Lang): string {
  return describeProblem(
    lang === "zh" && problem.stage === "collect" ? { ...problem, detail: undefined } : problem,
    lang,
  );
}

/** Why a run is not ok, in the catalogue's words: "2 of 4 source(s) failed; …" / "4 个订阅源中 2 个…". */
export function runReasonText(t: Translate, reasons: readonly RunReason[]): string {
  return reasons
    .map((r) => {
      if (r.code === "everyChannelFailed")
        return t("runReason.everyChannelFailed", { channels: r.channels.join(", ") });
      if (r.code === "analysesFailed") {
        const fallback = r.fallback ? t("runReason.analysesFallback", { count: r.fallback }) : "";
        return t("runReason.analysesFailed", { count: r.count, fallback });
      }
      return t(`runReason.${r.code}`, { ...r });
    })
    .join(t("runReason.separator"));
}

/** The end-of-run summary: what was written, per-source coverage, and what is missing. */
export function printSummary(ctx: CliContext, summary: RunSummary): void {
  const t = messagesOf(ctx);
  const lang = langOfContext(ctx);
  const out = ctx.stdout;
  const b = summary.briefing;
  if (summary.status !== "ok") {
    // The reasons as data in the user's language; `reason` (English) only from a summary without them.
    const reason = summary.reasons?.length ? runReasonText(t, summary.reasons) : summary.reason;
    const why = [reason, summary.error].filter(Boolean).join(" — ");
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
    for (const p of c.problems) print(out, `    ! ${problemLine(p, lang)}`);
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
  if (summary.draft) {
    const d = summary.draft;
    const then = t(d.onDeadline === "publish" ? "summary.draftThenPublish" : "summary.draftThenWait");
    const deadline = d.deadline
      ? t("summary.draftDeadline", { time: formatDateTime(d.deadline, b.timezone), then })
      : "";
    print(out, t("summary.draft", { date: d.date, deadline }));
  }
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
