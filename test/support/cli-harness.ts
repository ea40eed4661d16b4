/**
 * Shared setup for the end-to-end tests: a CliContext whose stdout/stderr are captured, temp
 * folders, config files written as YAML, and `daybrief …` run in process through runCli.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { stringify } from "yaml";
import { type CliContext, runCli } from "../../src/cli/index.ts";

/** The clock of every run: the afternoon of the demo day in UTC (21:30 in Shanghai). */
export const FIXED_NOW = new Date("2026-02-04T13:30:00Z");
export const DEMO_DAY = "2026-02-04";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface Harness {
  dir: string;
  configPath: string;
  /** Runs `daybrief <args>` in `dir` and returns exit code and captured output. */
  run(args: string[]): Promise<CliResult>;
  /** Writes `config` (an object, or YAML text) to daybrief.config.yaml in `dir`. */
  writeConfig(config: object | string): void;
  cleanup(): void;
}

class TextSink extends Writable {
  text = "";
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

export interface HarnessOptions {
  fetch?: typeof fetch;
  env?: Record<string, string | undefined>;
  now?: () => Date;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal;
}

/** A temp folder to run the CLI in; `fetch` routes the pipeline's HTTP to local servers. */
export function createHarness(options: HarnessOptions = {}): Harness {
  const dir = mkdtempSync(join(tmpdir(), "daybrief-e2e-"));
  const configPath = join(dir, "daybrief.config.yaml");
  return {
    dir,
    configPath,
    async run(args) {
      const stdout = new TextSink();
      const stderr = new TextSink();
      const ctx: CliContext = {
        // Log lines would land in the captured stderr: keep them out of the assertions.
        // English output unless a test asks for another language (the default, without a locale, is Chinese).
        env: { DAYBRIEF_LOG_LEVEL: "silent", LANG: "en_US.UTF-8", ...options.env },
        cwd: dir,
        stdout,
        stderr,
        now: options.now ?? (() => FIXED_NOW),
        fetch: options.fetch,
        sleep: options.sleep,
        signal: options.signal,
      };
      const code = await runCli(args, ctx);
      return { code, stdout: stdout.text, stderr: stderr.text };
    },
    writeConfig(config) {
      writeFileSync(configPath, typeof config === "string" ? config : stringify(config));
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The usual config around some sources: files under ./out, the store under ./data. */
export function baseConfig(sources: { id?: string; name: string; url: string }[], extra: object = {}) {
  return {
    timezone: "Asia/Shanghai",
    sources,
    output: { dir: "./out" },
    store: { path: "./data/daybrief.db" },
    ...extra,
  };
}

/** Path of a day's archive file under the harness's ./out. */
export function outputPath(dir: string, date: string, ext: "md" | "html" | "json"): string {
  return join(dir, "out", date.slice(0, 4), `${date}.${ext}`);
}

/** The "analyses: N new, N reused, …" line of a run summary as numbers. */
export interface AnalysesCounts {
  new: number;
  reused: number;
  rejected: number;
  fallback: number;
  failed: number;
}

export function analysesLine(stdout: string): AnalysesCounts {
  const m = stdout.match(/analyses: (\d+) new, (\d+) reused, (\d+) rejected, (\d+) fallback, (\d+) failed/);
  if (!m) throw new Error(`no analyses line in:\n${stdout}`);
  const [, analysed, cached, rejected, fallback, failed] = m.map(Number);
  return { new: analysed!, reused: cached!, rejected: rejected!, fallback: fallback!, failed: failed! };
}
