import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { type DemoServer, startDemoServer } from "../src/demo/index.ts";
import { startTestServer, type TestServer } from "../src/http/test-server.ts";
import { baseConfig, createHarness, DEMO_DAY, type Harness, outputPath } from "./support/cli-harness.ts";
import { routeHosts } from "./support/route-fetch.ts";

// verify.online: links the article does contain are also checked against where they point.
// github.com, arXiv and Hugging Face are served by a local server (no test touches the internet),
// through the network guard like any link: one repository is gone (404), one answers 503 (no
// verdict: kept), every other probe finds its target.

let demo: DemoServer;
let probeServer: TestServer;
let h: Harness;
const probes: string[] = [];

before(async () => {
  demo = await startDemoServer();
  probeServer = await startTestServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    probes.push(`${req.headers.host}${path}`);
    res.writeHead(path === "/intcomp/attention-bias" ? 404 : path === "/MM-MVR/STAR" ? 503 : 200).end();
  });
  const hosts = ["github.com", "export.arxiv.org", "huggingface.co"];
  const onlineFetch = routeHosts(
    Object.fromEntries(hosts.map((host) => [host, probeServer.url])),
    demo.fetch,
  );
  h = createHarness({ fetch: onlineFetch });
  h.writeConfig(baseConfig(demo.sources, { verify: { online: true } }));
});

after(async () => {
  h.cleanup();
  await demo.close();
  await probeServer.close();
});

test("a repository that no longer exists is removed; one whose host gives no answer is kept", async () => {
  const result = await h.run(["run", "--date", DEMO_DAY, "-q"]);
  assert.equal(result.code, 0, result.stderr);
  assert.ok(
    probes.some((p) => p.endsWith("/intcomp/attention-bias")),
    probes.join("\n"),
  );
  const md = readFileSync(outputPath(h.dir, DEMO_DAY, "md"), "utf8");
  assert.doesNotMatch(md, /github\.com\/intcomp\/attention-bias/);
  assert.match(md, /github\.com\/MM-MVR\/STAR/, "no verdict (503): the link stays");
  assert.match(md, /arxiv\.org\/abs\/2508\.17807/, "the paper exists: it stays");
  // A second run re-uses the stored analyses and asks nothing again.
  const before = probes.length;
  const again = await h.run(["run", "--date", DEMO_DAY, "-q"]);
  assert.equal(again.code, 0, again.stderr);
  assert.equal(probes.length, before);
});
