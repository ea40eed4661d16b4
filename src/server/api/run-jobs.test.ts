import assert from "node:assert/strict";
import { test } from "node:test";
import { parseConfig } from "../../config/index.ts";
import { openTempStore } from "../../store/testing.ts";
import type { RunDayOutcome, RunDayRequest, ServerActions } from "./actions.ts";
import { hashToken } from "./auth.ts";
import { createApiApp } from "./create-api-app.ts";
import { createRunJobs } from "./run-jobs.ts";

/** Actions whose run waits for the test: it starts, reports a stage, then waits for `finish`. */
function gatedActions(startRun: () => Promise<number> | number) {
  let finish!: (outcome: Omit<RunDayOutcome, "runId">) => void;
  let request!: RunDayRequest;
  const actions: ServerActions = {
    async runDay(r) {
      request = r;
      const runId = await startRun();
      r.onStart(runId);
      r.progress.stage("collect", "2 sources");
      const outcome = await new Promise<Omit<RunDayOutcome, "runId">>((resolve) => {
        finish = resolve;
      });
      return { runId, ...outcome };
    },
    async retryDeliveries() {
      throw new Error("not used");
    },
  };
  return { actions, finish: (o: Omit<RunDayOutcome, "runId">) => finish(o), request: () => request };
}

test("a run job: known by id once recorded, progress to subscribers, finished when it ends", async () => {
  const gate = gatedActions(() => 7);
  const jobs = createRunJobs(gate.actions);
  const job = await jobs.start("2026-02-04", true);
  assert.equal(job.runId, 7);
  assert.equal(gate.request().update, true);
  assert.equal(jobs.get(7)?.stage, "collect");
  const seen: string[] = [];
  jobs.subscribe(7, (j) => seen.push(`${j.state}:${j.stage}:${JSON.stringify(j.steps)}`));
  gate.request().progress.step("read", 1, 2);
  gate.finish({ status: "degraded", reason: "one feed failed", entries: 3 });
  const done = await jobs.finished(7);
  assert.equal(done.state, "done");
  assert.equal(done.outcome?.entries, 3);
  assert.deepEqual(seen, [
    'running:collect:{"read":{"done":1,"total":2}}',
    'done:collect:{"read":{"done":1,"total":2}}',
  ]);
  assert.equal(jobs.get(8), undefined);
});

test("a run that cannot start rejects start(); one that fails after starting ends failed with the reason", async () => {
  const refused = createRunJobs({
    runDay: async () => {
      throw new Error("lock held");
    },
    retryDeliveries: async () => {
      throw new Error("not used");
    },
  });
  await assert.rejects(refused.start("2026-02-04", false), /lock held/);
  const gate = gatedActions(() => 9);
  const jobs = createRunJobs(gate.actions);
  await jobs.start("2026-02-04", false);
  gate.finish({ status: "failed", reason: "no source answered" });
  const ended = await jobs.finished(9);
  assert.equal(ended.state, "failed");
  assert.equal(ended.error, "no source answered");
});

test("GET /runs/:id/events streams progress while the run goes, then end with the stored run", async () => {
  const { store, remove } = openTempStore();
  try {
    const config = parseConfig(
      `sources:\n  - { id: a, name: A, url: "https://example.com/f.xml" }\napi:\n  tokens: [{ name: w, sha256: ${hashToken("w")}, scopes: [read, write] }]\n`,
      { env: {}, baseDir: "/tmp" },
    );
    const gate = gatedActions(() =>
      store.startRun({ date: "2026-02-04", startedAt: "2026-02-04T13:00:00Z", command: "api" }),
    );
    const app = createApiApp({
      query: { store, config },
      now: () => new Date("2026-02-04T13:30:00Z"),
      actions: gate.actions,
    });
    const auth = { authorization: "Bearer w" };
    const post = await app.request("/runs", {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({ date: "2026-02-04" }),
    });
    assert.equal(post.status, 202);
    const { runId } = (await post.json()) as { runId: number };
    const live = await app.request(`/runs/${runId}`, { headers: auth });
    const running = (await live.json()) as {
      status: string;
      progress: { state: string; stage: string; detail: string };
    };
    assert.equal(running.status, "running");
    assert.deepEqual(
      [running.progress.state, running.progress.stage, running.progress.detail],
      ["running", "collect", "2 sources"],
    );
    const events = await app.request(`/runs/${runId}/events`, { headers: auth });
    const reader = events.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    gate.request().progress.stage("analyse");
    gate.request().progress.step("analyse", 3, 4);
    await store.finishRun(runId, {
      endedAt: "2026-02-04T13:31:00Z",
      status: "ok",
      counts: { entries: 3 },
      failures: [],
    });
    gate.finish({ status: "ok", entries: 3 });
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value);
    }
    const names = [...text.matchAll(/^event: (\w+)$/gm)].map((m) => m[1]);
    assert.deepEqual(names, ["progress", "progress", "end"]);
    assert.match(text, /"stage":"analyse","steps":\{"analyse":\{"done":3,"total":4\}\}/);
    const end = JSON.parse(text.match(/event: end\ndata: (.+)/)![1]!) as {
      status: string;
      counts: { entries: number };
    };
    assert.equal(end.status, "ok");
    assert.equal(end.counts.entries, 3);
  } finally {
    remove();
  }
});
