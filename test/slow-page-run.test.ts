import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import { readEntries, readFooter } from "./support/briefing-layout.ts";
import { baseConfig, createHarness, DEMO_DAY, type Harness, outputPath } from "./support/cli-harness.ts";
import { RSS_TYPE, rssFeed } from "./support/route-server.ts";

// An article page served as a slow drip: the headers at once, then a byte every 200 ms for as long
// as anyone listens (far under the byte cap). Every attempt ran into fetch.timeoutMs and was
// retried; now the page as a whole has fetch.requestTimeoutMs, the run finishes, publishes the
// other article and says which page took too long.
const PUB = "Wed, 04 Feb 2026 10:20:00 +0800";
const OK_TITLE = "开源语音模型发布，方言识别错误率降至 6.2%";
const SLOW_TITLE = "某公司发布新一代推理芯片，能效提升四成";
const OK_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${OK_TITLE}</title></head><body><article><h1>${OK_TITLE}</h1>
<p>一家语音公司今天开源了方言识别模型，覆盖粤语、吴语和闽南语。</p>
<p>在公开测试集上，模型的字错误率为 6.2%，比上一代降低了 2.1 个百分点。</p>
<p>模型以宽松许可证发布，可以在单张消费级显卡上运行。</p></article></body></html>`;

let server: Server;
let origin: string;
const drips = new Set<ServerResponse>();
let slowTries = 0;
let h: Harness;
let run: Awaited<ReturnType<Harness["run"]>>;
let seconds = 0;

before(async () => {
  server = createServer((req, res) => {
    if (req.url === "/feed.xml") {
      res.writeHead(200, { "content-type": RSS_TYPE });
      res.end(
        rssFeed("芯片号", [
          { title: OK_TITLE, link: `${origin}/a/ok`, pubDate: PUB, description: "方言识别模型开源。" },
          { title: SLOW_TITLE, link: `${origin}/a/slow`, pubDate: PUB, description: "新一代推理芯片发布。" },
        ]),
      );
    } else if (req.url === "/a/ok") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(OK_PAGE);
    } else if (req.url === "/a/slow") {
      slowTries++;
      drips.add(res);
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.write(`<!DOCTYPE html><html><head><title>${SLOW_TITLE}</title></head><body><p>`);
      const timer = setInterval(() => res.write(" "), 200);
      res.on("close", () => clearInterval(timer));
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  h = createHarness({ fetch: globalThis.fetch });
  h.writeConfig(
    baseConfig([{ id: "chips", name: "芯片号", url: `${origin}/feed.xml` }], {
      // 1 s per attempt, 5 retries: 6 s and the back-off without a deadline; 2.5 s with it.
      fetch: { timeoutMs: 1000, requestTimeoutMs: 2500, retries: 5, allowPrivate: [new URL(origin).host] },
    }),
  );
  const started = performance.now();
  run = await h.run(["run", "--date", DEMO_DAY, "-q"]);
  seconds = (performance.now() - started) / 1000;
});

after(async () => {
  for (const res of drips) res.destroy();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  h?.cleanup();
});

test("the run finishes and publishes both articles, the slow one from its feed text", () => {
  assert.ok(run.code === 0 || run.code === 3, run.stderr);
  const md = readFileSync(outputPath(h.dir, DEMO_DAY, "md"), "utf8");
  const titles = readEntries(md).map((e) => e.title);
  assert.ok(titles.includes(OK_TITLE), titles.join(" | "));
  // The mechanism, not the wall time: the page got at most three tries (1 s, 1 s, what is left of
  // 2.5 s), not the six that `retries: 5` makes without the deadline.
  assert.ok(slowTries >= 2 && slowTries <= 3, `${slowTries} tries of the slow page`);
  assert.ok(seconds < 60, `${seconds.toFixed(1)} s`);
});

test("the slow page is recorded with its own reason, and the footer says what is missing", async () => {
  const runs = await h.run(["runs"]);
  assert.equal(runs.code, 0, runs.stderr);
  assert.match(
    runs.stdout,
    /\/a\/slow.*请求总耗时超限（含重试）.*2500 ms \(fetch\.requestTimeoutMs\)/,
    runs.stdout,
  );
  const footer = readFooter(readFileSync(outputPath(h.dir, DEMO_DAY, "md"), "utf8"));
  assert.match(footer, /请求总耗时超限/, footer);
});
