import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { type DemoDay, runDemoDay } from "../../test/support/demo-store.ts";
import { stubLlmConfig } from "../cli/commands/demo.ts";
import { type LlmStub, startLlmStub } from "../demo/llm-stub.ts";
import { listRuns } from "./runs.ts";

// The demo day through the bundled LLM stub (priced), then re-run: two runs, the second free.
let stub: LlmStub;
let day: DemoDay;
before(async () => {
  stub = await startLlmStub();
  day = await runDemoDay({ llm: stubLlmConfig(stub.baseUrl) }, { allowOrigins: [stub.baseUrl] });
  const again = await day.harness.run(["run", "--date", "2026-02-04", "-q"]);
  assert.equal(again.code, 0, again.stderr);
});
after(async () => {
  await day?.close();
  await stub?.close();
});

test("runs newest first, with stage counts, failures, tokens and cost", async () => {
  const runs = await listRuns(day);
  assert.equal(runs.length, 2);
  const [second, first] = runs;
  assert.ok(second!.id > first!.id);
  assert.equal(first!.counts.entries, day.published.entries.length);
  assert.ok(first!.counts.analysed! > 0);
  // The demo's deleted WeChat page is a read failure with its source and URL.
  assert.ok(first!.failures.some((f) => f.stage === "read" && f.sourceId === "xinzhiyuan" && f.url));
  assert.ok(first!.spend.calls > 0 && first!.spend.promptTokens > 0 && first!.spend.completionTokens > 0);
  assert.ok(first!.spend.costByCurrency.CNY! > 0);
  // Re-running the day re-uses every analysis: no calls charged to the second run.
  assert.equal(second!.spend.calls, 0);
  assert.equal((await listRuns(day, { limit: 1 }))[0]!.id, second!.id);
});
