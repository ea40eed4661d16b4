// Live /runs: a progressive enhancement of the "running now" panel (which shows the state at load
// and a refresh link without this). Follows the panel's event stream and swaps in each update the
// server renders; EventSource reconnects by itself when the stream ends or drops.
(() => {
  const panel = document.getElementById("live-runs");
  const body = document.getElementById("live-runs-body");
  const mode = document.getElementById("live-runs-mode");
  if (!panel || !body || !window.EventSource) return;
  const announce = document.getElementById("live-runs-announce");
  // Screen readers hear when a run starts or ends, not every step (the panel changes several times a second).
  const states = () =>
    [...body.querySelectorAll(".live-run")].map((run) => {
      const status = run.querySelector(".live-status .badge");
      return `#${run.dataset.runId} ${status ? status.textContent : run.dataset.state}`;
    });
  let said = states().join("; ");
  const source = new EventSource(panel.dataset.live);
  source.addEventListener("runs", (event) => {
    body.innerHTML = event.data;
    const now = states().join("; ");
    if (announce && now !== said) announce.textContent = now;
    said = now;
  });
  source.addEventListener("open", () => {
    panel.dataset.connected = "true";
    if (mode) mode.textContent = "自动更新中 (updating live)";
  });
  source.addEventListener("error", () => {
    panel.dataset.connected = "false";
    if (mode) mode.textContent = "连接断开，正在重连… (disconnected, reconnecting…)";
  });
})();
