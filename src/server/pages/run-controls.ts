import { html, type SafeHtml } from "./html.ts";
import { csrfField } from "./layout.ts";

/** A line above the runs: what a trigger did, or why it was refused. */
export interface RunNotice {
  kind: "ok" | "error";
  text: string;
}

export function runNotice(notice: RunNotice | undefined): SafeHtml {
  if (!notice) return html``;
  return notice.kind === "error"
    ? html`<p class="error" role="alert">${notice.text}</p>`
    : html`<p class="notice" role="status">${notice.text}</p>`;
}

/**
 * The triggers on /runs: start `run --date D` (optionally as a catch-up `--update` run) and
 * re-deliver a day. Only for a logged-in user; both forms carry the CSRF token.
 */
export function runControls(options: {
  user?: string;
  csrf?: string;
  /** Whether this server can run the pipeline (`daybrief serve` wires it; a bare app cannot). */
  available: boolean;
  today: string;
  path: string;
}): SafeHtml {
  if (!options.user || !options.csrf)
    return html`<p class="meta"><a href="/login?next=${encodeURIComponent(options.path)}">登录</a>后可以从这里启动运行或重新推送 (log in to start a run or re-deliver a day).</p>`;
  if (!options.available)
    return html`<p class="meta">这个服务器没有接入流水线，不能从网页启动运行 (this server was started without the pipeline).</p>`;
  return html`<section class="panel run-controls" aria-labelledby="run-controls-h">
<h2 id="run-controls-h">启动 (start)</h2>
<form method="post" action="/runs/start" class="run-form">${csrfField(options.csrf)}
<div><label for="run-date">运行某天 (run a day)</label><input type="date" id="run-date" name="date" value="${options.today}" required></div>
<div class="check"><input type="checkbox" id="run-update" name="update" value="1"> <label for="run-update">补充运行：只推送当天简报里还没有的条目 (catch-up run, <code>--update</code>)</label></div>
<button type="submit" class="primary">运行 (run)</button>
</form>
<form method="post" action="/runs/redeliver" class="run-form">${csrfField(options.csrf)}
<div><label for="redeliver-date">重新推送某天没送达的部分 (re-deliver a day's missing parts)</label><input type="date" id="redeliver-date" name="date" value="${options.today}" required></div>
<button type="submit">重新推送 (re-deliver)</button>
</form>
<p class="meta">每次运行都记下是谁启动的 (every run records who started it)；同一时间只能有一个运行 (one run at a time).</p>
</section>`;
}
