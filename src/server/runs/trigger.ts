/**
 * Who started a run, as runs.command records it. A run started from the web app is recorded as
 * `web:<user>` (a re-delivery as `retry:web:<user>`), so the run list, `daybrief runs` and the run
 * lock's holder all say who started it.
 */
export function webCommand(user: string): string {
  return `web:${user}`;
}

const KNOWN: Record<string, string> = {
  run: "命令行 (CLI)",
  render: "命令行 render (CLI)",
  schedule: "定时任务 (schedule)",
  api: "HTTP API / MCP",
  demo: "演示 (demo)",
};

/** A reader's line for a run's command: who or what started it (Chinese first, English alongside). */
export function describeTrigger(command: string): string {
  const retry = command.startsWith("retry:");
  const base = retry ? command.slice("retry:".length) : command;
  const user = base.startsWith("web:") ? base.slice("web:".length) : undefined;
  const who = user !== undefined ? `${user}（网页 web）` : (KNOWN[base] ?? base);
  return retry ? `重新推送 (re-delivery) · ${who}` : who;
}
