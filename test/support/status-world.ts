// The outside world of run-status.test.ts: a local server with a good feed and its page, a feed
// that hangs until released, a failing one and a webhook that records what it is sent; and projects
// (a config in a temp dir) that run the real CLI process (bin/daybrief.mjs).
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { HTML_TYPE, RSS_TYPE, rssFeed } from "./route-server.ts";

const BIN = join(import.meta.dirname, "..", "..", "bin", "daybrief.mjs");
export const DAY = "2026-02-04";
const PUB = "Wed, 04 Feb 2026 10:20:00 +0800";
const BODY = [
  "某实验室今天发布了新的开源模型，重点提升了长文本理解能力。",
  "在公开测试中，新模型的准确率比上一版提高了 12%。",
  "团队表示，模型权重和推理代码已经开源，开发者可以直接下载使用。",
]
  .map((p) => `<p>${p}</p>`)
  .join("");

export interface Project {
  dir: string;
  daybrief(
    args: string[],
    options?: {
      onStart?: (child: ChildProcess, stderr: () => string) => void;
      env?: Record<string, string>;
    },
  ): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** The server and the projects of one test file: start() before its tests, stop() after. */
export function createStatusWorld() {
  let server: Server;
  let origin: string;
  /** Requests for /slow.xml hang until released (a feed that never answers in time). */
  const hanging: (() => void)[] = [];
  const hookBodies: string[] = [];
  const projects: string[] = [];

  async function start() {
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
  }

  async function stop() {
    for (const release of hanging) release();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    for (const dir of projects) rmSync(dir, { recursive: true, force: true });
  }

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

  return {
    start,
    stop,
    /** The server's origin (http://127.0.0.1:port), once started. */
    origin: () => origin,
    hanging,
    hookBodies,
    project,
    killLauncherMidRun,
    untilGone,
    launchedPid,
    untilSlowFeedAsked,
  };
}
