import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { type DemoServer, startDemoServer } from "../src/demo/index.ts";
import { type LlmStub, startLlmStub } from "../src/demo/llm-stub.ts";
import type { RoutingFetch } from "../src/http/index.ts";
import { analysesLine, baseConfig, createHarness, DEMO_DAY, type Harness } from "./support/cli-harness.ts";

// analyse.concurrency: how many articles the run analyses at once with an LLM (default 4, as the
// run had it hard-coded); measured as LLM requests in flight.
let stub: LlmStub;
let server: DemoServer;
const harnesses: Harness[] = [];
let inFlight = 0;
let most = 0;

before(async () => {
  stub = await startLlmStub({ latencyMs: 40 });
  server = await startDemoServer({ allowOrigins: [stub.baseUrl] });
});
after(async () => {
  await server?.close();
  await stub?.close();
  for (const h of harnesses) h.cleanup();
});

/** The demo's routing fetch, counting the requests to the LLM stub that have no answer yet. */
function countingFetch(): RoutingFetch {
  const base = server.fetch;
  const counting = async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith(stub.baseUrl)) return base(input, init);
    most = Math.max(most, ++inFlight);
    try {
      return await base(input, init);
    } finally {
      inFlight--;
    }
  };
  return Object.assign(counting, {
    route: base.route,
    allowPrivate: base.allowPrivate,
    unpaced: base.unpaced,
  });
}

async function runWith(analyse?: object): Promise<number> {
  most = 0;
  const h = createHarness({ fetch: countingFetch() });
  harnesses.push(h);
  const llm = { providers: [{ id: "stub", baseUrl: stub.baseUrl, model: "stub-model", concurrency: 16 }] };
  // The provider's and the host's own limits (default 2 each) set wide, so the run's is the one that bites.
  const fetch = { concurrencyPerHost: 16 };
  h.writeConfig(baseConfig(server.sources, { llm, fetch, ...(analyse ? { analyse } : {}) }));
  const run = await h.run(["run", "--date", DEMO_DAY, "-q"]);
  assert.equal(run.code, 0, run.stderr);
  assert.ok(analysesLine(run.stdout).new > 6, run.stdout);
  return most;
}

test("the run analyses analyse.concurrency articles at once (default 4)", async () => {
  assert.equal(await runWith(), 4);
  assert.equal(await runWith({ concurrency: 2 }), 2);
  assert.equal(await runWith({ concurrency: 6 }), 6);
});
