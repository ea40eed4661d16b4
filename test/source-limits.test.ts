import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import { readFooter } from "./support/briefing-layout.ts";
import { baseConfig, createHarness, DEMO_DAY, type Harness, outputPath } from "./support/cli-harness.ts";
import { RSS_TYPE } from "./support/route-server.ts";

// Issue 10 item 7: slow feeds cannot hold the run (a time cap per source, retries included, and
// sources fetched concurrently), and a malformed feed that yields some of its items says how many
// were lost and why.
const PUB = "Wed, 04 Feb 2026 10:20:00 +0800";
const item = (i: number) =>
  `<item><title>第 ${i} 条：某实验室发布新模型</title><link>ORIGIN/a/${i}</link><pubDate>${PUB}</pubDate><description>第 ${i} 条摘要，模型在基准上提升 ${i}%。</description></item>`;
// Item 5 is never closed: the parser folds 6 and 7 into it, so 5 of the 7 declared items are read.
const LOSSY = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>漏号</title>
${[1, 2, 3, 4].map(item).join("\n")}
<item><title>第 5 条</title><link>ORIGIN/a/5</link><pubDate>${PUB}</pubDate>
${[6, 7].map(item).join("\n")}
</channel></rss>`;

let server: Server;
let origin: string;
const hanging: ServerResponse[] = [];
const slowRequests: string[] = [];
let h: Harness;
let run: Awaited<ReturnType<Harness["run"]>>;
// Slow feeds with a request open at once (the client gives up on each when its time runs out), and
// the most at one time. Counted by feed, not by request: under load a retry can reach the server
// before the close of the request it replaces, and two requests of one feed are still one feed.
const openSlow = new Map<string, number>();
let mostOpenSlow = 0;

before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? "/";
    if (path.startsWith("/slow")) {
      slowRequests.push(path);
      openSlow.set(path, (openSlow.get(path) ?? 0) + 1);
      mostOpenSlow = Math.max(mostOpenSlow, openSlow.size);
      req.once("close", () => {
        const left = (openSlow.get(path) ?? 1) - 1;
        if (left > 0) openSlow.set(path, left);
        else openSlow.delete(path);
      });
      hanging.push(res); // never answers
      return;
    }
    if (path === "/lossy.xml") {
      res.writeHead(200, { "content-type": RSS_TYPE });
      res.end(LOSSY.replaceAll("ORIGIN", origin));
      return;
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  h = createHarness({ fetch: globalThis.fetch, sleep: async () => {} });
  const sources = [1, 2, 3].map((n) => ({ id: `slow${n}`, name: `慢号${n}`, url: `${origin}/slow${n}.xml` }));
  h.writeConfig(
    baseConfig([...sources, { id: "lossy", name: "漏号", url: `${origin}/lossy.xml` }], {
      // Per request 1 s and 3 retries: 4+ s per slow feed, 12+ s for three one after another.
      fetch: {
        timeoutMs: 1000,
        retries: 3,
        sourceTimeoutMs: 1500,
        sourceConcurrency: 4,
        // All four feeds are on 127.0.0.1: let the three slow ones be waited on at once.
        concurrencyPerHost: 4,
        allowPrivate: [new URL(origin).host],
      },
    }),
  );
  run = await h.run(["run", "--date", DEMO_DAY, "-q"]);
});

after(async () => {
  for (const res of hanging) res.destroy();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  h?.cleanup();
});

test("three feeds that never answer cost one source's time cap, not 3 × 4 tries", () => {
  assert.equal(run.code, 3, run.stderr);
  // The mechanism, not the wall time (which a loaded machine stretches): the three were waited
  // on at the same time (fetched concurrently), and each source's cap cut its retries short —
  // a 1 s request timeout under a 1.5 s cap leaves room for two tries, not the four that
  // `retries: 3` would make without it.
  for (const n of [1, 2, 3]) assert.ok(slowRequests.includes(`/slow${n}.xml`), `slow${n} was asked`);
  assert.equal(
    mostOpenSlow,
    3,
    `the three slow feeds were waited on at once: at most ${mostOpenSlow} (${slowRequests.join(" ")})`,
  );
  for (const n of [1, 2, 3]) {
    const tries = slowRequests.filter((p) => p === `/slow${n}.xml`).length;
    assert.ok(tries >= 1 && tries <= 2, `slow${n}: ${tries} tries within the cap`);
  }
  const md = readFileSync(outputPath(h.dir, DEMO_DAY, "md"), "utf8");
  assert.match(readFooter(md), /慢号1.*\n(.*\n)*.*1500 ms/, "the footer says the source ran out of time");
});

test("a malformed feed that yields 5 of 7 items says how many were lost and why", async () => {
  assert.match(run.stderr, /degraded: 3 of 4 source\(s\) failed; 1 feed\(s\) lost items/);
  const runs = await h.run(["runs"]);
  assert.match(runs.stdout, /! collect lossy +7 项中 2 项无法读取（条目格式错误，解析器无法读取）/);
});

test("the footer names the slow feeds' time cap and the lost items", () => {
  const footer = readFooter(readFileSync(outputPath(h.dir, DEMO_DAY, "md"), "utf8"));
  assert.match(footer, /漏号：7 项中 2 项无法读取（条目格式错误，解析器无法读取）/, footer);
});
