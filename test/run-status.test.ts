import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { stringify } from "yaml";
import { HTML_TYPE, RSS_TYPE, rssFeed } from "./support/route-server.ts";

// Point 5 of issue 9 against the real CLI process (bin/daybrief.mjs): the run's status, its exit
// code (0 ok, 3 degraded, 1 failed, 130 cancelled), `runs` saying why, a run killed with -9 marked
// interrupted by the next one, and a day on which every source failed.
const BIN = join(import.meta.dirname, "..", "bin", "daybrief.mjs");
const DAY = "2026-02-04";
const PUB = "Wed, 04 Feb 2026 10:20:00 +0800";
const BODY = [
  "某实验室今天发布了新的开源模型，重点提升了长文本理解能力。",
  "在公开测试中，新模型的准确率比上一版提高了 12%。",
  "团队表示，模型权重和推理代码已经开源，开发者可以直接下载使用。",
]
  .map((p) => `<p>${p}</p>`)
  .join("");

let server: Server;
let origin: string;
/** Requests for /slow.xml hang until released (a feed that never answers in time). */
const hanging: (() => void)[] = [];
const hookBodies: string[] = [];

before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? "/";
    if (path === "/good.xml") {
      res.writeHead(200, { "content-type": RSS_TYPE });
      res.end(
        rssFeed("好号", [
          {
            title: "某实验室发布开源长文本模型",
            link: `${origin}/a/1`,
            pubDate: PUB,
            description: "新模型发布。",
            encoded: BODY,
          },
        ]),
      );
    } else if (path === "/a/1") {
      res.writeHead(200, { "content-type": HTML_TYPE });
      res.end(
        `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某实验室发布开源长文本模型</title></head><body><article>${BODY}</article></body></html>`,
      );
    } else if (path === "/slow.xml") {
      hanging.push(() => res.destroy());
    } else if (path === "/hook") {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        hookBodies.push(Buffer.concat(chunks).toString("utf8"));
        res.writeHead(200, { "content-type": "application/json" });
        res.end("{}");
      });
    } else {
      res.writeHead(500, { "content-type": "text/plain" });
      res.end("internal error\n");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  for (const release of hanging) release();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

interface Project {
  dir: string;
  daybrief(
    args: string[],
    options?: {
      onStart?: (child: ChildProcess, stderr: () => string) => void;
      env?: Record<string, string>;
    },
  ): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

const projects: string[] = [];
after(() => {
  for (const dir of projects) rmSync(dir, { recursive: true, force: true });
});

function project(sources: string[], extra: object = {}): Project {
  const dir = mkdtempSync(join(tmpdir(), "daybrief-status-"));
  projects.push(dir);
  writeFileSync(
    join(dir, "daybrief.config.yaml"),
    stringify({
      timezone: "Asia/Shanghai",
      sources: sources.map((id) => ({ id, name: `${id}号`, url: `${origin}/${id}.xml` })),
      output: { dir: "./out" },
      store: { path: "./data/daybrief.db" },
      fetch: { retries: 0, timeoutMs: 60_000, allowPrivate: [new URL(origin).host] },
      ...extra,
    }),
  );
  return {
    dir,
    daybrief(args, options = {}) {
      return new Promise((resolve) => {
        const child = spawn(process.execPath, [BIN, ...args], {
          cwd: dir,
          // The CLI's English output (its default, without an English locale, is Chinese).
          env: {
            ...process.env,
            LC_ALL: "en_US.UTF-8",
            DAYBRIEF_LOG_LEVEL: "warn",
            DAYBRIEF_LOG_FORMAT: "json",
            NO_COLOR: "1",
            ...options.env,
          },
          stdio: ["ignore", "pipe", "pipe"],
        });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (c: Buffer) => {
          stdout += c.toString();
        });
        child.stderr.on("data", (c: Buffer) => {
          stderr += c.toString();
        });
        options.onStart?.(child, () => stderr);
        child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
      });
    },
  };
}

/** The pid of the process that runs the command (DAYBRIEF_DEBUG_LAUNCH=1), launched by bin/daybrief.mjs. */
/** Starts a run, kills its launcher with -9 once the slow feed is asked; the run's own pid. */
async function killLauncherMidRun(p: Project) {
  const asked = hanging.length;
  let pid = 0;
  const killed = await p.daybrief(["run", "--date", DAY, "-q"], {
    env: { DAYBRIEF_DEBUG_LAUNCH: "1" },
    onStart: (child, stderr) =>
      void untilSlowFeedAsked(asked).then(() => {
        pid = launchedPid(stderr());
        child.kill("SIGKILL");
      }),
  });
  return { killed, pid };
}

/** Waits (up to 5 s) for a process to be gone; whether it is. */
async function untilGone(pid: number): Promise<boolean> {
  const alive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  for (let i = 0; i < 100 && alive(); i++) await new Promise((r) => setTimeout(r, 50));
  return !alive();
}

function launchedPid(stderr: string): number {
  const line = stderr.match(/^daybrief-launch (.+)$/m);
  assert.ok(line, stderr);
  const launch = JSON.parse(line[1]!) as { pid: number; launched: boolean };
  assert.equal(launch.launched, true, "run in a second process");
  return launch.pid;
}

/** Resolves once a request for /slow.xml is hanging (the child is inside the collect stage). */
async function untilSlowFeedAsked(before: number): Promise<void> {
  while (hanging.length <= before) await new Promise((r) => setTimeout(r, 20));
}

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
      channels: [{ id: "hook", type: "webhook", url: `${origin}/hook` }],
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
