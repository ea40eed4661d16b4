import assert from "node:assert/strict";
import { test } from "node:test";
import { createLogger } from "../log.ts";
import { openTempStore } from "../store/testing.ts";
import type { PipelineDeps } from "./deps.ts";
import { withStoredProgress } from "./stored-progress.ts";

test("a run's stage and steps reach the store as they go (a stage at once, steps at most every second), and the display still gets every call", async () => {
  const temp = openTempStore();
  try {
    let clock = 0;
    const shown: string[] = [];
    const deps = {
      store: temp.store,
      now: () => new Date(clock),
      logger: createLogger({ level: "silent" }),
      progress: {
        stage: (name: string) => shown.push(`stage ${name}`),
        step: (name: string, done: number, total: number) => shown.push(`${name} ${done}/${total}`),
        done: () => shown.push("done"),
      },
    } as unknown as PipelineDeps;
    const id = await temp.store.startRun({
      date: "2026-02-04",
      startedAt: "2026-02-04T00:00:00Z",
      command: "run",
    });
    const { progress } = withStoredProgress(deps, id);
    const stored = async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return (await temp.store.getRun(id))!.progress;
    };
    progress.stage("collect");
    assert.deepEqual(await stored(), { stage: "collect", steps: {} });
    progress.step("collect", 1, 3);
    assert.deepEqual(await stored(), { stage: "collect", steps: {} }, "within the second: not yet");
    clock += 1000;
    progress.step("collect", 2, 3);
    assert.deepEqual(await stored(), { stage: "collect", steps: { collect: { done: 2, total: 3 } } });
    progress.step("collect", 3, 3);
    assert.deepEqual(
      await stored(),
      { stage: "collect", steps: { collect: { done: 3, total: 3 } } },
      "a stage's last step at once",
    );
    progress.stage("read", "12 篇");
    assert.deepEqual(await stored(), {
      stage: "read",
      detail: "12 篇",
      steps: { collect: { done: 3, total: 3 } },
    });
    progress.done();
    assert.deepEqual(shown, [
      "stage collect",
      "collect 1/3",
      "collect 2/3",
      "collect 3/3",
      "stage read",
      "done",
    ]);
  } finally {
    await temp.remove();
  }
});
