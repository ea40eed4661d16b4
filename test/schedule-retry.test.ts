import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Receiver } from "../src/deliver/testdata/receivers/server.ts";
import { startWebhookReceiver } from "../src/deliver/testdata/receivers/webhook.ts";
import { startWeComReceiver } from "../src/deliver/testdata/receivers/wecom.ts";
import { type DemoServer, startDemoServer } from "../src/demo/index.ts";
import { baseConfig, createHarness, DEMO_DAY, type Harness } from "./support/cli-harness.ts";

// Point 5 of issue 9: a run whose parts did not all reach the channels is not done. The scheduler's
// retries (here `schedule --once`, run by hand at chosen times) re-send only the missing parts with
// backoff (5, 15, 45 min) within the day, then give up with one alert.
let server: DemoServer;
let good: Receiver;
let flaky: Receiver;
let clock = new Date("2026-02-04T13:30:00Z");
let h: Harness;
const at = (iso: string) => {
  clock = new Date(iso);
};

before(async () => {
  good = await startWebhookReceiver("good-secret-1");
  flaky = await startWebhookReceiver("flaky-secret-2");
  server = await startDemoServer({ allowOrigins: [new URL(good.url).origin, new URL(flaky.url).origin] });
  h = createHarness({ fetch: server.fetch, now: () => clock, sleep: async () => {} });
  h.writeConfig(twoChannels());
});

/** The demo feeds, a channel that always works (also the alert channel) and one that may refuse. */
const twoChannels = () =>
  baseConfig(server.sources, {
    channels: [
      { id: "good", type: "webhook", url: good.url, secret: "good-secret-1" },
      { id: "flaky", type: "webhook", url: flaky.url, secret: "flaky-secret-2" },
    ],
    health: { alertChannel: "good" },
  });

after(async () => {
  await server?.close();
  await good?.close();
  await flaky?.close();
  h?.cleanup();
});

test("the missing parts are retried with backoff, only to the channel that missed them, until they arrive", async () => {
  flaky.script.refuseAll = true;
  at("2026-02-04T13:30:00Z"); // 21:30 in Shanghai, after the 21:00 job
  const run = await h.run(["run", "--date", DEMO_DAY, "-q"]);
  assert.equal(run.code, 3, run.stderr);
  assert.match(run.stderr, /degraded: .*channel part\(s\) not delivered/);
  const goodParts = good.accepted.length;
  assert.ok(goodParts > 0);
  assert.equal(flaky.accepted.length, 0);

  at("2026-02-04T13:32:00Z");
  const early = await h.run(["schedule", "--once"]);
  assert.equal(early.code, 0, early.stderr);
  assert.match(
    early.stdout,
    /next delivery retry: 2026-02-04 21:35/,
    "the run counts as done; its retry waits 5 min",
  );
  assert.doesNotMatch(early.stdout, /delivery retry 2026-02-04 \(attempt/);

  at("2026-02-04T13:36:00Z");
  const first = await h.run(["schedule", "--once"]);
  assert.match(
    first.stdout,
    /delivery retry 2026-02-04 \(attempt 1 of 3\): missing flaky ×\d+; sent nothing; \d+ part\(s\) still not delivered/,
  );
  assert.match(first.stdout, /next delivery retry: 2026-02-04 21:51/, "then 15 min");

  flaky.script.refuseAll = false;
  at("2026-02-04T13:52:00Z");
  const second = await h.run(["schedule", "--once"]);
  assert.match(
    second.stdout,
    /delivery retry 2026-02-04 \(attempt 2 of 3\): missing flaky ×\d+; sent flaky \d+ part\(s\); 0 part\(s\) still not delivered/,
  );
  assert.ok(flaky.accepted.length > 0);
  assert.equal(good.accepted.length, goodParts, "the channel that had its parts got nothing again");

  at("2026-02-04T15:00:00Z");
  const done = await h.run(["schedule", "--once"]);
  assert.match(done.stdout, /nothing due/);
  const runs = await h.run(["runs"]);
  assert.match(runs.stdout, /#\d+ 2026-02-04 retry:schedule:briefing ok /);
  assert.match(
    runs.stdout,
    /#\d+ 2026-02-04 retry:schedule:briefing degraded .*\n {4}why: retry 1: \d+ part\(s\) still not delivered/,
  );
});

test("a channel that stays down: three retries, then one alert, then silence", async () => {
  const h2 = createHarness({ fetch: server.fetch, now: () => clock, sleep: async () => {} });
  try {
    h2.writeConfig(twoChannels());
    flaky.script.refuseAll = true;
    at("2026-02-04T13:30:00Z");
    assert.equal((await h2.run(["run", "--date", DEMO_DAY, "-q"])).code, 3);
    const before = good.accepted.length;
    const attempts: string[] = [];
    for (const t of ["13:36", "13:52", "14:38"]) {
      at(`2026-02-04T${t}:00Z`);
      attempts.push((await h2.run(["schedule", "--once"])).stdout);
    }
    assert.match(attempts[0]!, /attempt 1 of 3/);
    assert.match(attempts[1]!, /attempt 2 of 3/);
    assert.match(attempts[2]!, /attempt 3 of 3/);
    assert.match(attempts[2]!, /gave up after 3 retries, \d+ part\(s\) not delivered; alert sent to good/);
    assert.equal(good.accepted.length, before + 1, "one alert");
    assert.match(good.accepted.at(-1)!, /投递失败/);
    at("2026-02-04T15:30:00Z");
    const later = await h2.run(["schedule", "--once"]);
    assert.match(later.stdout, /nothing due/);
    assert.equal(good.accepted.length, before + 1, "no second alert");
  } finally {
    h2.cleanup();
  }
});

test("a retry sends a multi-part channel exactly its missing parts, under the same keys", async () => {
  // A multi-part channel (WeCom: 4096 bytes a message) that refuses the second part of the run (the
  // channel then stops for the run, so the parts after it are missing too). The retry must send
  // exactly the missing parts, once each — never the first part again, never a re-rendered whole.
  const wecom = await startWeComReceiver();
  const s2 = await startDemoServer({ allowOrigins: [new URL(wecom.url).origin] });
  let clock2 = new Date("2026-02-04T13:30:00Z");
  const h2 = createHarness({ fetch: s2.fetch, now: () => clock2, sleep: async () => {} });
  try {
    h2.writeConfig(baseConfig(s2.sources, { channels: [{ id: "wc", type: "wecom", webhook: wecom.url }] }));
    const seen: string[] = [];
    let refusing = true;
    wecom.script.onRequest = (req) => {
      const content = (JSON.parse(req.body) as { markdown: { content: string } }).markdown.content;
      if (!seen.includes(content)) seen.push(content);
      wecom.script.refuseAll = refusing && content === seen[1];
    };
    const run = await h2.run(["run", "--date", DEMO_DAY, "-q"]);
    assert.equal(run.code, 3, run.stderr);
    const sent = /delivered wc \(wecom\): 1 sent, 0 already sent, (\d+) failed/.exec(run.stdout);
    assert.ok(sent, run.stdout);
    const missing = Number(sent[1]);
    assert.ok(missing >= 2, "the channel has at least three parts");
    assert.equal(wecom.accepted.length, 1);
    const [firstPart] = wecom.accepted;

    refusing = false;
    const requestsBefore = wecom.requests.length;
    clock2 = new Date("2026-02-04T13:36:00Z");
    const retry = await h2.run(["schedule", "--once"]);
    assert.match(
      retry.stdout,
      new RegExp(
        `attempt 1 of 3\\): missing wc ×${missing}; sent wc ${missing} part\\(s\\); 0 part\\(s\\) still not delivered`,
      ),
    );
    assert.equal(wecom.requests.length, requestsBefore + missing, "one request per missing part");
    assert.equal(wecom.accepted.length, 1 + missing);
    assert.equal(
      wecom.accepted.filter((m) => m === firstPart).length,
      1,
      "the part it had is not sent again",
    );
    assert.equal(new Set(wecom.accepted).size, wecom.accepted.length, "no part twice");
    assert.equal(wecom.accepted[1], seen[1], "the refused part went first");

    clock2 = new Date("2026-02-04T14:30:00Z");
    assert.match((await h2.run(["schedule", "--once"])).stdout, /nothing due/);
    const again = await h2.run(["run", "--date", DEMO_DAY, "-q"]);
    assert.match(again.stdout, /delivered wc \(wecom\): 0 sent, \d+ already sent, 0 failed/, again.stdout);
    assert.equal(wecom.requests.length, requestsBefore + missing, "a plain re-run sends nothing");
  } finally {
    await s2.close();
    await wecom.close();
    h2.cleanup();
  }
});

test("a reviewed draft's publication that left parts undelivered is retried by the scheduler until they arrive, each part once", async () => {
  // publish.review: the run stops at a draft; `daybrief review --publish` (as the web's Publish)
  // delivers it as a run of command "publish" while the flaky channel refuses. Before, the
  // scheduler retried only its own jobs' runs, so those parts were never sent.
  const h2 = createHarness({ fetch: server.fetch, now: () => clock, sleep: async () => {} });
  try {
    h2.writeConfig({ ...twoChannels(), publish: { review: true } });
    flaky.script.refuseAll = true;
    at("2026-02-04T13:30:00Z");
    const flakyBefore = flaky.accepted.length;
    assert.equal((await h2.run(["run", "--date", DEMO_DAY, "-q"])).code, 0);
    const published = await h2.run(["review", "--date", DEMO_DAY, "--publish"]);
    assert.equal(published.code, 3, published.stdout + published.stderr);
    assert.equal(flaky.accepted.length, flakyBefore);

    at("2026-02-04T13:36:00Z");
    const first = await h2.run(["schedule", "--once"]);
    assert.match(
      first.stdout,
      /delivery retry 2026-02-04 \(attempt 1 of 3\): missing flaky ×\d+; sent nothing/,
    );
    assert.match(first.stdout, /next delivery retry: 2026-02-04 21:51/);

    flaky.script.refuseAll = false;
    at("2026-02-04T13:52:00Z");
    const second = await h2.run(["schedule", "--once"]);
    const sent =
      /attempt 2 of 3\): missing flaky ×(\d+); sent flaky (\d+) part\(s\); 0 part\(s\) still not delivered/.exec(
        second.stdout,
      );
    assert.ok(sent, second.stdout);
    assert.equal(sent[1], sent[2]);
    const received = flaky.accepted.slice(flakyBefore);
    assert.equal(received.length, Number(sent[2]));
    assert.equal(new Set(received).size, received.length, "no part twice");

    at("2026-02-04T14:40:00Z");
    const done = await h2.run(["schedule", "--once"]);
    assert.match(done.stdout, /nothing due/);
    assert.equal(flaky.accepted.length - flakyBefore, received.length, "nothing sent again");
    const runs = await h2.run(["runs"]);
    assert.match(runs.stdout, /#\d+ 2026-02-04 retry:publish ok /);
  } finally {
    flaky.script.refuseAll = false;
    h2.cleanup();
  }
});
