/**
 * Review before publish, end to end over the demo day (docs/review.md): with publish.review a run
 * stops at a draft (no files, nothing delivered), `render` refuses to publish it, the editor's
 * edits are re-verified and audited, `daybrief review --publish` delivers the curated briefing to a
 * signed webhook, and the scheduler (fake clock) publishes a draft past its deadline under
 * onDeadline "publish" and leaves it under "wait".
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { after, before, describe, test } from "node:test";
import type { CliContext } from "../src/cli/index.ts";
import { openPipeline } from "../src/cli/open-pipeline.ts";
import { loadConfig } from "../src/config/index.ts";
import type { Receiver } from "../src/deliver/testdata/receivers/server.ts";
import { startWebhookReceiver } from "../src/deliver/testdata/receivers/webhook.ts";
import { type DemoServer, startDemoServer } from "../src/demo/index.ts";
import { silentLogger } from "../src/log.ts";
import { publishDueDrafts } from "../src/pipeline/publish-draft.ts";
import { startScheduler } from "../src/pipeline/scheduler.ts";
import { editDraft, getReview } from "../src/queries/index.ts";
import { openStore, type Store } from "../src/store/index.ts";
import {
  baseConfig,
  createHarness,
  DEMO_DAY,
  FIXED_NOW,
  type Harness,
  outputPath,
} from "./support/cli-harness.ts";

const SECRET = "review-hook-SECRET";
/** FIXED_NOW is 21:30 in Shanghai: "09:30" is due the next morning, 01:30 UTC. */
const DEADLINE = "2026-02-05T01:30:00.000Z";

interface Setup {
  server: DemoServer;
  hook: Receiver;
  h: Harness;
  clock: { t: number };
  close(): Promise<void>;
}

async function setup(publish: object): Promise<Setup> {
  const hook = await startWebhookReceiver(SECRET);
  const server = await startDemoServer({ allowOrigins: [new URL(hook.url).origin] });
  const clock = { t: FIXED_NOW.getTime() };
  const h = createHarness({
    fetch: server.fetch,
    env: { HOOK_SECRET: SECRET },
    now: () => new Date(clock.t),
  });
  h.writeConfig(
    baseConfig(server.sources, {
      channels: [{ id: "hook", type: "webhook", url: hook.url, secret: `\${HOOK_SECRET}` }],
      publish,
    }),
  );
  return {
    server,
    hook,
    h,
    clock,
    async close() {
      await server.close();
      await hook.close();
      h.cleanup();
    },
  };
}

const quiet = () =>
  new Writable({
    write(_c, _e, done) {
      done();
    },
  });

function ctxOf(s: Setup): CliContext {
  return {
    env: { DAYBRIEF_LOG_LEVEL: "silent", HOOK_SECRET: SECRET },
    cwd: s.h.dir,
    stdout: quiet(),
    stderr: quiet(),
    now: () => new Date(s.clock.t),
    fetch: s.server.fetch,
    sleep: async () => {},
  };
}

async function withStore<T>(s: Setup, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = openStore(join(s.h.dir, "data", "daybrief.db"));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

interface PublishedEntry {
  articleId: number;
  title: string;
  summary: string;
  stars: number;
  notes?: string[];
  curation?: { pinned?: boolean; editorAdded?: string[] };
}

describe("publish.review: a draft, curated, then published", () => {
  let s: Setup;
  let run: Awaited<ReturnType<Harness["run"]>>;
  before(async () => {
    s = await setup({ review: true, reviewDeadline: "09:30", onDeadline: "wait" });
    run = await s.h.run(["run", "--date", DEMO_DAY, "-q"]);
  });
  after(async () => s?.close());

  test("the run stops at a draft: no files, no delivery, no published briefing; the report says where to review", async () => {
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /draft stored, awaiting review: no files written, nothing delivered/);
    assert.match(run.stdout, new RegExp(`/review/${DEMO_DAY}.*daybrief review --date ${DEMO_DAY}`));
    assert.match(run.stdout, /due 2026-02-05 09:30; then it keeps waiting/);
    for (const ext of ["md", "html", "json"] as const)
      assert.equal(existsSync(outputPath(s.h.dir, DEMO_DAY, ext)), false);
    assert.equal(existsSync(join(s.h.dir, "out", "index.html")), false);
    assert.equal(existsSync(join(s.h.dir, "out", "feed.xml")), false);
    assert.equal(s.hook.requests.length, 0, "nothing delivered");
    await withStore(s, async (store) => {
      assert.equal(await store.getBriefing(DEMO_DAY), undefined);
      const draft = (await store.getDraft(DEMO_DAY))!;
      assert.equal(draft.status, "draft");
      assert.equal(draft.deadline, DEADLINE);
      assert.ok(draft.briefing.items.length >= 3, `entries: ${draft.briefing.items.length}`);
    });
    const zh = await s.h.run(["review", "--list", "--lang", "zh"]);
    assert.match(zh.stdout, new RegExp(`${DEMO_DAY}  待审阅`));
  });

  test("render does not publish a draft's files (exit 2), but prints it with --format", async () => {
    const refused = await s.h.run(["render", "--date", DEMO_DAY]);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /draft awaiting review/);
    assert.equal(existsSync(outputPath(s.h.dir, DEMO_DAY, "md")), false);
    const printed = await s.h.run(["render", "--date", DEMO_DAY, "--format", "md"]);
    assert.equal(printed.code, 0);
  });

  test("onDeadline wait: the scheduler leaves a draft past its deadline as it is", async () => {
    const ctx = ctxOf(s);
    const config = loadConfig(s.h.configPath, ctx.env);
    const clock = fakeTimers(s);
    // An hour past the deadline: the scheduler checks the drafts as it starts.
    s.clock.t = new Date(DEADLINE).getTime() + 3_600_000;
    const scheduler = draftScheduler(config, ctx, clock);
    await scheduler.idle();
    await clock.advanceTo(new Date(s.clock.t + 3_600_000));
    await scheduler.idle();
    await scheduler.stop();
    s.clock.t = FIXED_NOW.getTime();
    await withStore(s, async (store) => assert.equal((await store.getDraft(DEMO_DAY))!.status, "draft"));
    assert.equal(s.hook.requests.length, 0);
  });

  test("curated (hide, pin, edit a summary) and published from the CLI: the webhook gets the curated briefing", async () => {
    const config = loadConfig(s.h.configPath, { HOOK_SECRET: SECRET });
    const by = { user: "editor", now: FIXED_NOW };
    const ids = await withStore(s, async (store) => {
      const view = (await getReview({ store, config }, DEMO_DAY))!;
      const [a, b, c] = view.entries.map((e) => e.entryId);
      await editDraft({ store, config }, DEMO_DAY, { action: "hide", entryId: a!, value: true }, by);
      await editDraft({ store, config }, DEMO_DAY, { action: "pin", entryId: c!, value: true }, by);
      const edited = await editDraft(
        { store, config },
        DEMO_DAY,
        { action: "summary", entryId: b!, value: "编辑改写：据称准确率提升到 99.7%。" },
        by,
      );
      assert.ok(
        edited.edit.unsupported!.some((claim) => claim.includes("99.7")),
        JSON.stringify(edited.edit),
      );
      return { hidden: a!, edited: b!, pinned: c!, all: view.entries.map((e) => e.entryId) };
    });
    const shown = await s.h.run(["review", "--date", DEMO_DAY]);
    assert.equal(shown.code, 0, shown.stderr);
    assert.match(shown.stdout, /entries to publish, 1 hidden, 3 edits/);
    assert.match(shown.stdout, /\(hidden\)/);
    assert.match(shown.stdout, /\(pinned\)/);
    assert.match(shown.stdout, /editor's text the article does not support \(摘要\)/);

    const published = await s.h.run(["review", "--date", DEMO_DAY, "--publish"]);
    assert.equal(published.code, 0, published.stdout + published.stderr);
    assert.match(published.stdout, /delivered hook \(webhook\): 1 sent/);
    assert.equal(s.hook.accepted.length, 1);
    const payload = JSON.parse(s.hook.accepted[0]!) as { entries: PublishedEntry[]; notes: string[] };
    const order = payload.entries.map((e) => String(e.articleId));
    assert.equal(order[0], ids.pinned, "the pinned entry leads");
    assert.deepEqual(payload.entries[0]!.curation, { pinned: true });
    assert.ok(!order.includes(ids.hidden), "the hidden entry is not delivered");
    assert.deepEqual([...order].sort(), ids.all.filter((id) => id !== ids.hidden).sort());
    const edited = payload.entries.find((e) => String(e.articleId) === ids.edited)!;
    assert.equal(edited.summary, "编辑改写：据称准确率提升到 99.7%。");
    assert.deepEqual(edited.curation?.editorAdded, ["摘要"]);
    assert.ok(edited.notes?.some((n) => n.startsWith("编辑添加")));
    assert.ok(
      payload.notes.some((n) => /本期经编辑审阅后发布（审阅：editor；修改 3 处，隐藏 1 条）/.test(n)),
    );
    // The files are the same curated briefing; the store keeps it published, by "cli".
    assert.equal(readFileSync(outputPath(s.h.dir, DEMO_DAY, "json"), "utf8"), s.hook.accepted[0]);
    await withStore(s, async (store) => {
      const draft = (await store.getDraft(DEMO_DAY))!;
      assert.equal(draft.status, "published");
      assert.equal(draft.decidedBy, "cli");
      assert.deepEqual(
        (await store.getBriefing(DEMO_DAY))!.briefing.items.map((i) => String(i.articleId)),
        order,
      );
      assert.equal((await store.listBriefingEdits(DEMO_DAY)).length, 3, "the edits stay as the audit trail");
    });
    // `render` rebuilds the day from the analyses and applies the same edits.
    const rendered = await s.h.run(["render", "--date", DEMO_DAY, "--format", "json"]);
    assert.equal(rendered.code, 0, rendered.stderr);
    const again = JSON.parse(rendered.stdout) as { entries: PublishedEntry[] };
    assert.deepEqual(
      again.entries.map((e) => [String(e.articleId), e.summary]),
      payload.entries.map((e) => [String(e.articleId), e.summary]),
    );
  });

  test("a decided draft cannot be published or discarded again (exit 2); unknown days exit 2", async () => {
    const twice = await s.h.run(["review", "--date", DEMO_DAY, "--publish"]);
    assert.equal(twice.code, 2);
    assert.match(twice.stderr, /already published/);
    const discard = await s.h.run(["review", "--date", DEMO_DAY, "--discard"]);
    assert.equal(discard.code, 2);
    const none = await s.h.run(["review", "--date", "2026-01-01"]);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no draft for 2026-01-01/);
    assert.equal((await s.h.run(["review"])).code, 2, "needs --date or --list");
    assert.equal((await s.h.run(["review", "--date", DEMO_DAY, "--publish", "--discard"])).code, 2);
    assert.equal(s.hook.accepted.length, 1, "nothing sent twice");
  });
});

describe("publish.onDeadline publish: the scheduler publishes a draft nobody reviewed", () => {
  let s: Setup;
  before(async () => {
    s = await setup({ review: true, reviewDeadline: "09:30", onDeadline: "publish" });
    const run = await s.h.run(["run", "--date", DEMO_DAY, "-q"]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /then published as it stands/);
  });
  after(async () => s?.close());

  test('before the deadline nothing; at the deadline the draft is published as "deadline" and delivered', async () => {
    const ctx = ctxOf(s);
    const config = loadConfig(s.h.configPath, ctx.env);
    const clock = fakeTimers(s);
    const scheduler = draftScheduler(config, ctx, clock);
    await scheduler.idle();
    await clock.advanceTo(new Date(new Date(DEADLINE).getTime() - 60_000));
    await scheduler.idle();
    assert.equal(s.hook.requests.length, 0, "not yet");
    await withStore(s, async (store) => assert.equal((await store.getDraft(DEMO_DAY))!.status, "draft"));
    await clock.advanceTo(new Date(new Date(DEADLINE).getTime() + 60_000));
    await scheduler.idle();
    await scheduler.stop();
    assert.equal(s.hook.accepted.length, 1);
    const payload = JSON.parse(s.hook.accepted[0]!) as { entries: unknown[]; notes: string[] };
    assert.ok(payload.notes.includes("审阅期限已到，本期按草稿自动发布"));
    await withStore(s, async (store) => {
      const draft = (await store.getDraft(DEMO_DAY))!;
      assert.equal(draft.status, "published");
      assert.equal(draft.decidedBy, "deadline");
      assert.equal((await store.getBriefing(DEMO_DAY))!.briefing.items.length, payload.entries.length);
      const runs = await store.listRuns(5);
      assert.equal(runs[0]!.command, "publish");
    });
    assert.ok(existsSync(outputPath(s.h.dir, DEMO_DAY, "json")));
  });
});

/** A scheduler with no jobs, only the drafts' deadline check, on the fake clock. */
function draftScheduler(
  config: ReturnType<typeof loadConfig>,
  ctx: CliContext,
  clock: ReturnType<typeof fakeTimers>,
) {
  return startScheduler({
    jobs: [],
    timeZone: config.timezone,
    now: ctx.now,
    setTimer: clock.setTimer,
    logger: silentLogger(),
    runJob: async () => {},
    publishDueDrafts: () => schedulerCheck(config, ctx),
  });
}

/** The scheduler's check, as `daybrief schedule` wires it: the pipeline opened per check. */
async function schedulerCheck(
  config: ReturnType<typeof loadConfig>,
  ctx: CliContext,
): Promise<Date | undefined> {
  const opened = await openPipeline(config, ctx, { quiet: true });
  try {
    return (await publishDueDrafts(opened.deps)).next;
  } finally {
    await opened.close();
  }
}

/** A timer the test moves by hand, moving the setup's clock with it. */
function fakeTimers(s: Setup) {
  const timers: { at: number; fn: () => void; cancelled: boolean }[] = [];
  const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 20));
  return {
    setTimer: (fn: () => void, ms: number) => {
      const timer = { at: s.clock.t + ms, fn, cancelled: false };
      timers.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
    async advanceTo(to: Date) {
      const end = to.getTime();
      await settle();
      for (;;) {
        const next = timers.filter((x) => !x.cancelled && x.at <= end).sort((a, b) => a.at - b.at)[0];
        if (!next) break;
        next.cancelled = true;
        s.clock.t = next.at;
        next.fn();
        await settle();
      }
      s.clock.t = end;
    },
  };
}

describe("daybrief schedule --once publishes a draft past its deadline (onDeadline publish)", () => {
  let s: Setup;
  before(async () => {
    s = await setup({ review: true, reviewDeadline: "09:30", onDeadline: "publish" });
    const run = await s.h.run(["run", "--date", DEMO_DAY, "-q"]);
    assert.equal(run.code, 0, run.stderr);
  });
  after(async () => s?.close());

  test("before the deadline it waits; after it, one line says the draft was published", async () => {
    const early = await s.h.run(["schedule", "--once"]);
    assert.equal(early.code, 0, early.stderr);
    assert.equal(s.hook.requests.length, 0);
    s.clock.t = new Date(DEADLINE).getTime() + 3_600_000;
    const late = await s.h.run(["schedule", "--once"]);
    assert.equal(late.code, 0, late.stderr);
    assert.match(
      late.stdout,
      new RegExp(`the draft of ${DEMO_DAY} passed its review deadline and was published \\(ok\\)`),
    );
    assert.equal(s.hook.accepted.length, 1);
    await withStore(s, async (store) =>
      assert.equal((await store.getDraft(DEMO_DAY))!.decidedBy, "deadline"),
    );
  });
});

describe("publish.review: a run on which every source failed stores no draft", () => {
  let s: Setup;
  before(async () => {
    s = await setup({ review: true, reviewDeadline: "09:30", onDeadline: "publish" });
  });
  after(async () => s?.close());

  test("an earlier day's draft is not replaced by an empty one, and no empty draft waits for its deadline", async () => {
    const good = await s.h.run(["run", "--date", DEMO_DAY, "-q"]);
    assert.equal(good.code, 0, good.stderr);
    const items = await withStore(
      s,
      async (store) => (await store.getDraft(DEMO_DAY))!.briefing.items.length,
    );
    assert.ok(items >= 3);
    // The same day again, every feed gone: as without review, nothing for the channels — and so
    // nothing for an editor (or the deadline) to publish either.
    const gone = s.server.sources.map((src) => ({ ...src, url: `${src.url}.gone` }));
    s.h.writeConfig(
      baseConfig(gone, {
        channels: [{ id: "hook", type: "webhook", url: s.hook.url, secret: `\${HOOK_SECRET}` }],
        publish: { review: true, reviewDeadline: "09:30", onDeadline: "publish" },
      }),
    );
    await s.h.run(["run", "--date", DEMO_DAY, "-q"]);
    await s.h.run(["run", "--date", "2026-02-03", "-q"]);
    await withStore(s, async (store) => {
      assert.equal((await store.getDraft(DEMO_DAY))!.briefing.items.length, items, "the good draft stays");
      assert.equal(await store.getDraft("2026-02-03"), undefined, "no empty draft");
    });
    // Past the deadline the scheduler publishes the good draft, and only it.
    s.clock.t = Date.parse(DEADLINE) + 60_000;
    const opened = await openPipeline(loadConfig(s.h.configPath, ctxOf(s).env), ctxOf(s), { quiet: true });
    try {
      const outcome = await publishDueDrafts(opened.deps);
      assert.deepEqual(
        outcome.published.map((p) => p.date),
        [DEMO_DAY],
      );
    } finally {
      await opened.close();
    }
  });
});
