import type { RunStatus } from "../../store/index.ts";
import { formatDateTime } from "../../time.ts";
import { describeTrigger } from "../runs/trigger.ts";
import { html, type SafeHtml } from "./html.ts";

/** One run in the "running now" panel of /runs. */
export interface LiveRunView {
  id: number;
  date: string;
  command: string;
  startedAt: string;
  /**
   * live: this server runs it and pushes every stage and step as it happens; polled: another
   * process runs it (the CLI, the scheduler) — only what the store records is known (its stage and
   * steps as that process writes them, stored-progress.ts), read again every few seconds.
   */
  source: "live" | "polled";
  status: RunStatus;
  stage?: string;
  detail?: string;
  steps: Record<string, { done: number; total: number }>;
  /** Stage counts the store recorded (when the run ended). */
  counts: Record<string, number>;
  reason?: string;
  pid?: number;
  host?: string;
  /** Recorded as running, but no live process holds the run lock (killed): the next run marks it interrupted. */
  orphaned?: boolean;
  /**
   * A polled run of this very process (`serve --schedule`'s scheduler, a re-delivery, a draft's
   * publication): its stage and steps are what it records in the store, as another process's.
   */
  thisProcess?: boolean;
}

export interface LiveRunsState {
  runs: LiveRunView[];
  /** Who holds the run lock, when no run in `runs` accounts for it (e.g. a run that has not recorded itself yet). */
  otherHolder?: { command: string; pid: number; host: string; since: string; alive: boolean };
  /** How often the store is read again for polled runs, in seconds. */
  pollSeconds: number;
}

/** The pipeline's stages in order (pipeline/steps, progress.stage names). */
const STAGES: [string, string][] = [
  ["collect", "抓取 (collect)"],
  ["dedup", "去重 (dedup)"],
  ["read", "读全文 (read)"],
  ["analyse", "分析 (analyse)"],
  ["publish", "发布 (publish)"],
  ["deliver", "推送 (deliver)"],
];

const ENDED: Record<string, string> = {
  ok: "✅ 完成 (done)",
  degraded: "⚠️ 完成，有缺失 (done, degraded)",
  failed: "❌ 失败 (failed)",
  cancelled: "⏹ 已取消 (cancelled)",
  interrupted: "⏹ 中断 (interrupted)",
};

/**
 * The stages a run goes through: a re-delivery (retry:…) only delivers, a draft's publication
 * (publish) publishes and delivers; a run every stage.
 */
export function stagesOf(command: string): [string, string][] {
  if (command.startsWith("retry:")) return STAGES.filter(([name]) => name === "deliver");
  if (command === "publish") return STAGES.filter(([name]) => name === "publish" || name === "deliver");
  return STAGES;
}

function stageList(run: LiveRunView): SafeHtml {
  const running = run.status === "running";
  const stages = stagesOf(run.command);
  const current = stages.findIndex(([name]) => name === run.stage);
  return html`<ol class="stages">${stages.map(([name, label], i) => {
    const step = run.steps[name];
    const state = !running
      ? run.status === "ok" || run.status === "degraded"
        ? "done"
        : i <= current
          ? "done"
          : "pending"
      : i < current
        ? "done"
        : i === current
          ? "current"
          : "pending";
    const mark = state === "done" ? "✓" : state === "current" ? "▶" : "·";
    return html`<li class="stage-${state}"${state === "current" ? html` aria-current="step"` : ""}><span aria-hidden="true">${mark}</span> ${label}${
      step
        ? html` <span class="num">${step.done}/${step.total}</span> <progress max="${step.total}" value="${step.done}">${step.done}/${step.total}</progress>`
        : ""
    }</li>`;
  })}</ol>`;
}

function runCard(
  run: LiveRunView,
  timeZone: string,
  redact: (t: string) => string,
  pollSeconds: number,
): SafeHtml {
  const running = run.status === "running";
  const how =
    run.source === "live"
      ? "实时：本服务器在运行它，每个阶段和步骤一发生就推送过来 (live: this server runs it and pushes every step)"
      : run.thisProcess
        ? `轮询：这个服务器进程里的定时任务、重新推送或草稿发布在运行它，每 ${pollSeconds} 秒读一次存储里它写下的进度 (polled: this process's scheduler, a re-delivery or a draft's publication runs it; the progress it records is read every ${pollSeconds} s)`
        : `轮询：另一个进程${run.pid ? `（pid ${run.pid}${run.host ? ` @ ${run.host}` : ""}）` : ""}在运行它，每 ${pollSeconds} 秒读一次存储里它写下的进度 (polled: another process runs it; the progress it records is read every ${pollSeconds} s)`;
  const counts = Object.entries(run.counts);
  return html`<article class="live-run" id="live-run-${run.id}" data-run-id="${run.id}" data-state="${run.status}" data-source="${run.source}">
<h3>#${run.id} · <a href="/d/${run.date}">${run.date}</a> · ${describeTrigger(run.command)}</h3>
<p class="meta">${how}</p>
<p class="meta">开始于 (started) ${formatDateTime(run.startedAt, timeZone)} · <code>${run.command}</code></p>
${
  running
    ? html`<p class="live-status"><span class="badge">… 运行中 (running)</span>${run.stage ? html` 当前阶段 (stage)：<strong class="live-stage">${STAGES.find(([n]) => n === run.stage)?.[1] ?? run.stage}</strong>${run.detail ? ` · ${redact(run.detail)}` : ""}` : run.source === "polled" ? " 当前阶段只有运行它的进程知道 (the stage is known only to the process running it)" : ""}</p>`
    : html`<p class="live-status"><span class="badge ${run.status === "ok" ? "status-ok" : run.status === "degraded" ? "status-warn" : "status-bad"}">${ENDED[run.status] ?? run.status}</span>${run.reason ? html` <span class="meta">${redact(run.reason)}</span>` : ""}</p>`
}
${run.orphaned ? html`<p class="error">没有活着的进程持有运行锁：这次运行多半已被中断，下一次运行会把它标为中断。(No live process holds the run lock: this run was most likely killed.)</p>` : ""}
${run.source === "live" || !running || run.stage ? stageList(run) : ""}
${counts.length ? html`<p class="meta">计数 (counts)：${counts.map(([k, v], i) => html`${i ? " · " : ""}${k} ${v}`)}</p>` : ""}
</article>`;
}

/** The inside of the "running now" panel (swapped in by runs-live.js on every update). */
export function liveRunsBody(
  state: LiveRunsState,
  timeZone: string,
  redact: (t: string) => string,
): SafeHtml {
  const holder = state.otherHolder;
  return html`${state.runs.length === 0 && !holder ? html`<p class="meta live-idle">现在没有运行 (nothing is running).</p>` : ""}
${state.runs.map((r) => runCard(r, timeZone, redact, state.pollSeconds))}
${
  holder
    ? html`<p class="meta">运行锁 (run lock)：${describeTrigger(holder.command)}，pid ${holder.pid} @ ${holder.host}，始于 ${formatDateTime(holder.since, timeZone)}${holder.alive ? "" : "（进程已不在，下一次运行会接手 — process gone, the next run takes the lock over）"}</p>`
    : ""
}`;
}

/**
 * The panel as the page renders it at load: `data-live` is the event stream runs-live.js follows
 * (without JavaScript the page shows this state and a refresh link).
 */
export function liveRunsSection(
  state: LiveRunsState,
  stream: string,
  timeZone: string,
  redact: (t: string) => string,
): SafeHtml {
  return html`<section class="panel live-runs" id="live-runs" aria-labelledby="live-runs-h" data-live="${stream}">
<h2 id="live-runs-h">正在运行 (running now)</h2>
<div id="live-runs-body">${liveRunsBody(state, timeZone, redact)}</div>
<p id="live-runs-announce" class="visually-hidden" aria-live="polite"></p>
<p class="meta"><span id="live-runs-mode">页面打开时的状态 (state when the page loaded)</span> · <a href="/runs">刷新 (refresh)</a></p>
</section>`;
}
