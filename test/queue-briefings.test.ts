/**
 * Queue jobs of several briefings (config `briefings`): a job works in its run's briefing — that
 * briefing's channels and delivery log — so two briefings' jobs on one channel never mistake each
 * other's parts for their own. The job is called as BullMQ would call it, against a real store and a
 * webhook receiver on 127.0.0.1 (no Redis needed).
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Job } from "bullmq";
import { parseConfig } from "../src/config/index.ts";
import type { Receiver } from "../src/deliver/testdata/receivers/server.ts";
import { startWebhookReceiver } from "../src/deliver/testdata/receivers/webhook.ts";
import { deliverChannelJob } from "../src/queue/item-jobs.ts";
import type { JobContext } from "../src/queue/job-context.ts";
import { jobIdOf } from "../src/queue/job-names.ts";
import { briefingContext } from "../src/queue/start-workers.ts";
import { sampleBriefing } from "../src/render/testdata/sample-2026-02-04.ts";
import { FIXED_NOW } from "./support/cli-harness.ts";
import { openJobContext } from "./support/queue-job-context.ts";

const SECRET = "webhook-SECRET-briefings";
let hook: Receiver;
let other: Receiver;
let dir: string;
let ctx: JobContext;
let close: () => Promise<void>;

before(async () => {
  hook = await startWebhookReceiver(SECRET);
  other = await startWebhookReceiver(SECRET);
  dir = mkdtempSync(join(tmpdir(), "daybrief-queue-briefings-"));
  const config = parseConfig(
    [
      "sources:",
      '  - { id: a, name: A, url: "https://a.example/feed.xml" }',
      '  - { id: b, name: B, url: "https://b.example/feed.xml" }',
      "channels:",
      `  - { id: hook, type: webhook, url: "${hook.url}", secret: "${SECRET}" }`,
      `  - { id: other, type: webhook, url: "${other.url}", secret: "${SECRET}" }`,
      "briefings:",
      "  - { id: models, sources: [a], channels: [hook] }",
      "  - { id: chips, sources: [b], channels: [hook] }",
      'store: { path: "./daybrief.db" }',
    ].join("\n"),
    { env: {}, baseDir: dir },
  );
  let opened: Awaited<ReturnType<typeof openJobContext>>["opened"];
  ({ ctx, opened } = await openJobContext(config, dir));
  close = opened.close;
});

after(async () => {
  await close?.();
  await Promise.all([hook?.close(), other?.close()]);
  rmSync(dir, { recursive: true, force: true });
});

const jobOf = <T>(data: T) => ({ data }) as unknown as Job<T>;
const signal = new AbortController().signal;

test("a deliver job works in its run's briefing: its own delivery log, its own job ids", async () => {
  const request = { command: "run", kind: "briefing" as const };
  const sent: Record<string, number> = {};
  for (const briefing of ["models", "chips", "models"]) {
    const runId = await ctx.deps.store.startRun({
      briefingId: briefing,
      date: "2026-02-04",
      startedAt: FIXED_NOW.toISOString(),
      command: "run",
    });
    const run = { runId, date: "2026-02-04", briefing };
    const data = { run, request, channelId: "hook", briefing: sampleBriefing };
    const value = await deliverChannelJob(briefingContext(ctx, briefing), jobOf(data), signal);
    sent[briefing] = (sent[briefing] ?? 0) + (value.channel?.sent ?? 0);
    assert.ok(jobIdOf(run, "deliver", "hook").startsWith(`${briefing}.2026-02-04.`));
  }
  // The same briefing on one channel: sent once by each briefing, never twice by one.
  assert.deepEqual(sent, { models: 1, chips: 1 });
  assert.equal(hook.accepted.length, 2);
  assert.equal(other.accepted.length, 0);
  const parts = (id: string) => ctx.deps.store.listSentParts("2026-02-04", "hook", id);
  assert.equal((await parts("models")).length, 1);
  assert.equal((await parts("chips")).length, 1);
  assert.deepEqual(await parts("default"), []);
});

test("a job's context is its briefing's config; without `briefings` it is the worker's own", () => {
  const chips = briefingContext(ctx, "chips");
  assert.equal(chips.config.briefing.id, "chips");
  assert.deepEqual(
    chips.deps.config.sources.map((s) => s.id),
    ["b"],
  );
  assert.equal(briefingContext(ctx, undefined), ctx);
  assert.throws(() => briefingContext(ctx, "robots"), RangeError);
});
