import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { createStatusWorld, DAY } from "./support/status-world.ts";

// Point 5 of issue 9 against the real CLI process (bin/daybrief.mjs): the run's status, its exit
// code (0 ok, 3 degraded, 1 failed, 130 cancelled), `runs` saying why, a run killed with -9 marked
// interrupted by the next one, and a day on which every source failed.
const world = createStatusWorld();
const { hanging, hookBodies, project, killLauncherMidRun, untilGone, launchedPid, untilSlowFeedAsked } =
  world;

before(() => world.start());

after(() => world.stop());

describe("daybrief run: status and exit code", () => {
  test("ok → 0", async () => {
    const p = project(["good"]);
    const run = await p.daybrief(["run", "--date", DAY, "-q"]);
    assert.equal(run.code, 0, run.stderr);
    const runs = await p.daybrief(["runs"]);
    assert.match(runs.stdout, /^#1 2026-02-04 run ok /m);
  });

  test("a source fails → degraded, 3, and `runs` says why", async () => {
    const p = project(["good", "down"]);
    const run = await p.daybrief(["run", "--date", DAY, "-q"]);
    assert.equal(run.code, 3, run.stderr);
    assert.match(run.stderr, /degraded: 1 of 2 source\(s\) failed/);
    const runs = await p.daybrief(["runs"]);
    assert.match(runs.stdout, /^#1 2026-02-04 run degraded .*\n {4}why: 1 of 2 source\(s\) failed\n/m);
    // The footer names the failed source with the catalogue's short reason and code first.
    const md = readFileSync(join(p.dir, "out", "2026", `${DAY}.md`), "utf8");
    assert.match(md, /订阅源抓取失败（服务端错误 · E_SERVER · HTTP 500）/, md);
  });

  test("every source fails → failed, 1: no empty briefing to the channels, the alert at once, the footer says why", async () => {
    const p = project(["down", "gone"], {
      channels: [{ id: "hook", type: "webhook", url: `${world.origin()}/hook` }],
      health: { alertChannel: "hook", failAfter: 3 },
    });
    const run = await p.daybrief(["run", "--date", DAY, "-q"]);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /failed: all 2 source\(s\) failed; nothing sent to the channels/);
    assert.equal(hookBodies.length, 1, "one message: the health alert, not a briefing");
    const alert = hookBodies[0]!;
    assert.match(alert, /来源健康/);
    assert.match(
      alert,
      /down号：连续 1 次抓取失败（HTTP 500）/,
      "alerted on the first failure, not after failAfter runs",
    );
    assert.doesNotMatch(alert, /今日 0 条|覆盖情况/);
    const md = readFileSync(join(p.dir, "out", "2026", `${DAY}.md`), "utf8");
    assert.match(
      md,
      /全部订阅源抓取失败：down号（服务端错误 · E_SERVER · HTTP 500）；gone号（服务端错误 · E_SERVER · HTTP 500）/,
    );
    const runs = await p.daybrief(["runs"]);
    assert.match(
      runs.stdout,
      /^#1 2026-02-04 run failed .*\n {4}why: all 2 source\(s\) failed; nothing sent to the channels\n/m,
    );
  });

  test("Ctrl-C → cancelled, 130", async () => {
    const p = project(["slow"]);
    const asked = hanging.length;
    const run = await p.daybrief(["run", "--date", DAY, "-q"], {
      onStart: (child) => void untilSlowFeedAsked(asked).then(() => child.kill("SIGINT")),
    });
    assert.equal(run.code, 130, run.stderr);
    const runs = await p.daybrief(["runs"]);
    assert.match(runs.stdout, /^#1 2026-02-04 run cancelled .*\n {4}why: cancelled by the user\n/m);
  });

  test("SIGTERM (docker stop, systemd) → cancelled, 130, like Ctrl-C", async () => {
    const p = project(["slow"]);
    const asked = hanging.length;
    const run = await p.daybrief(["run", "--date", DAY, "-q"], {
      onStart: (child) => void untilSlowFeedAsked(asked).then(() => child.kill("SIGTERM")),
    });
    assert.equal(run.signal, null, "the process handled SIGTERM instead of dying of it");
    assert.equal(run.code, 130, run.stderr);
    const runs = await p.daybrief(["runs"]);
    assert.match(runs.stdout, /^#1 2026-02-04 run cancelled /m);
  });

  // A run is started in a second process (bin/launch.mjs: heap cap, MALLOC_ARENA_MAX). systemd's
  // stop (KillMode=control-group) and a terminal's Ctrl-C signal both processes; the launcher
  // passes each signal it gets on, and the run counts the two copies as one: still a clean cancel.
  test("SIGTERM to both the launcher and the run's process (systemd's control group) → one clean cancel, 130", async () => {
    const p = project(["slow"]);
    const asked = hanging.length;
    const run = await p.daybrief(["run", "--date", DAY, "-q"], {
      env: { DAYBRIEF_DEBUG_LAUNCH: "1" },
      onStart: (child, stderr) =>
        void untilSlowFeedAsked(asked).then(() => {
          const pid = launchedPid(stderr());
          child.kill("SIGTERM");
          process.kill(pid, "SIGTERM");
        }),
    });
    assert.equal(run.code, 130, run.stderr);
    const runs = await p.daybrief(["runs"]);
    assert.match(
      runs.stdout,
      /^#1 2026-02-04 run cancelled /m,
      "cancelled, not left running by an exit at once",
    );
  });

  test("kill -9 of the launcher ends the run's process too", async () => {
    const p = project(["slow"]);
    const { killed, pid } = await killLauncherMidRun(p);
    assert.equal(killed.signal, "SIGKILL");
    assert.equal(await untilGone(pid), true, `the run's process ${pid} outlived its launcher`);
  });

  test("kill -9 leaves no run 'running': the next run marks it interrupted", async () => {
    const p = project(["slow", "good"]);
    const { killed, pid } = await killLauncherMidRun(p);
    assert.equal(killed.signal, "SIGKILL");
    // The run's process follows its launcher a moment later; until then its lock is rightly held.
    assert.equal(await untilGone(pid), true, `the run's process ${pid} outlived its launcher`);
    const before = await p.daybrief(["runs"]);
    assert.match(before.stdout, /^#1 2026-02-04 run running /m);
    // The lock the killed run held is stale (its process is gone): the next run takes it.
    const next = await p.daybrief(["run", "--date", DAY, "-q", "--no-deliver"], {
      onStart: () => {
        // the slow feed must not hold this run: release every hanging request as soon as it arrives
        const timer = setInterval(() => {
          for (const release of hanging.splice(0)) release();
        }, 50);
        setTimeout(() => clearInterval(timer), 20_000).unref();
      },
    });
    assert.equal(next.code, 3, next.stderr);
    const runs = await p.daybrief(["runs"]);
    assert.match(
      runs.stdout,
      /^#1 2026-02-04 run interrupted .*\n {4}why: the process ended without finishing the run \(killed\?\)\n/m,
    );
    assert.match(runs.stdout, /^#2 2026-02-04 run degraded /m);
  });
});
