import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { channelSchema } from "../src/config/channels-schema.ts";
import { buildParts, createChannel } from "../src/deliver/index.ts";
import { BLOCK_SEPARATOR, joinParts } from "../src/deliver/split-parts.ts";
import { type DemoServer, startDemoServer } from "../src/demo/index.ts";
import type { Briefing } from "../src/model/briefing.ts";
import { briefingBlocks, buildBriefingBlocks } from "../src/render/index.ts";
import { openStore } from "../src/store/index.ts";
import { readEntries } from "./support/briefing-layout.ts";
import {
  CHAT_LIMITS,
  type ChatPlatform,
  type Receivers,
  SECRETS,
  startReceivers,
} from "./support/channel-receivers.ts";
import { baseConfig, createHarness, DEMO_DAY, type Harness, outputPath } from "./support/cli-harness.ts";

// One demo run delivered to every channel type at once. The signed platforms check the timestamp
// against their own clock, so the run's clock is an instant of today, not the demo day. The second
// run happens 40 minutes later: its generation time (in the webhook's JSON and the e-mail) differs.
const NOW = new Date();
let clock = NOW.getTime() - 40 * 60_000;
let receivers: Receivers;
let server: DemoServer;
let h: Harness;
let first: Awaited<ReturnType<Harness["run"]>>;
let second: Awaited<ReturnType<Harness["run"]>>;
let third: Awaited<ReturnType<Harness["run"]>>;
const requestsAfterSecond = new Map<string, number>();
let briefing: Briefing;
let rendered: { markdown: string; html: string; json: string };
const requestsAfterFirst = new Map<string, number>();

before(async () => {
  receivers = await startReceivers();
  server = await startDemoServer({ allowOrigins: receivers.origins });
  h = createHarness({
    fetch: server.fetch,
    env: { ...SECRETS },
    now: () => new Date(clock),
    sleep: async () => {},
  });
  h.writeConfig(baseConfig(server.sources, { channels: receivers.channels }));
  // Slack answers 500 twice before it takes anything.
  receivers.chat.slack.script.serverErrors = 2;
  first = await h.run(["run", "--date", DEMO_DAY, "-q"]);
  for (const [name, r] of Object.entries(receivers.chat)) requestsAfterFirst.set(name, r.requests.length);
  const store = openStore(join(h.dir, "data", "daybrief.db"));
  try {
    briefing = (await store.getBriefing(DEMO_DAY))!.briefing;
  } finally {
    await store.close();
  }
  const file = (ext: "md" | "html" | "json") => readFileSync(outputPath(h.dir, DEMO_DAY, ext), "utf8");
  rendered = { markdown: file("md"), html: file("html"), json: file("json") };
  clock = NOW.getTime();
  second = await h.run(["run", "--date", DEMO_DAY, "-q"]);
  assert.notEqual(
    readFileSync(outputPath(h.dir, DEMO_DAY, "json"), "utf8"),
    rendered.json,
    "the JSON changed",
  );
});

after(async () => {
  await server?.close();
  await receivers?.close();
  h?.cleanup();
});

/** The channel as the pipeline built it from the config (secrets resolved). */
function configured(id: string) {
  const raw = JSON.stringify(receivers.channels.find((c) => (c as { id: string }).id === id));
  const resolved = raw.replace(/\$\{(\w+)\}/g, (_, name: keyof typeof SECRETS) => SECRETS[name]);
  return createChannel(channelSchema.parse(JSON.parse(resolved)));
}

test("one run delivers the briefing to every channel", () => {
  assert.equal(first.code, 0, first.stderr);
  for (const id of ["feishu", "dingtalk", "wecom", "telegram", "slack", "discord", "hook", "mail"])
    assert.match(
      first.stdout,
      new RegExp(`delivered ${id} \\(\\w+\\): [1-9]\\d* sent, 0 already sent, 0 failed\\n`),
    );
  for (const secret of Object.values(SECRETS))
    assert.ok(!(first.stdout + first.stderr).includes(secret), "no secret in the output");
});

test("every chat part is numbered, within the platform's limit, and the parts reassemble to the whole", () => {
  for (const [name, limit] of Object.entries(CHAT_LIMITS)) {
    const r = receivers.chat[name as ChatPlatform];
    const cc = configured(name);
    const expected = buildParts(cc, briefing, briefingBlocks(briefing), rendered).map((p) => p.body);
    assert.ok(expected.length >= 1);
    assert.deepEqual(r.accepted, expected, `${name} got each part once, in order`);
    r.accepted.forEach((text, i) => {
      assert.ok(text.startsWith(`「${i + 1}/${expected.length}」\n`), `${name} part ${i + 1} is numbered`);
      assert.ok(limit.size(text) <= limit.max, `${name} part ${i + 1}: ${limit.size(text)} > ${limit.max}`);
    });
    const whole = cc.channel
      .format({ blocks: buildBriefingBlocks(briefing, cc.options), rendered }, cc.options)
      .join(BLOCK_SEPARATOR);
    assert.equal(joinParts(r.accepted), whole, `${name}: nothing lost between parts`);
  }
  const titles = readEntries(rendered.markdown).map((e) => e.title);
  assert.ok(titles.length > 10);
  // Bare domains in a title ("rentahuman.ai") carry an invisible ZWSP before their dot in chat.
  const discord = receivers.chat.discord.accepted.join("").replaceAll("\u200b", "");
  for (const t of titles) assert.ok(discord.includes(t), t);
});

test("the signed webhook gets the JSON once; the e-mail carries the dated subject", () => {
  assert.deepEqual(receivers.webhook.accepted, [rendered.json]);
  assert.equal(receivers.mail.messages.length, 1);
  const mail = receivers.mail.messages[0]!;
  assert.match(mail, /^Subject: /m);
  assert.match(mail, /reader@example\.org/);
});

test("a receiver answering 500 twice then 200 gets its parts exactly once", () => {
  const slack = receivers.chat.slack;
  const parts = slack.accepted.length;
  assert.ok(parts > 1);
  assert.equal(requestsAfterFirst.get("slack"), parts + 2, "two refused requests, then one per part");
  assert.equal(new Set(slack.accepted).size, parts);
});

test("a second run with the same entries sends nothing, on every channel, though its text changed", () => {
  assert.equal(second.code, 0, second.stderr);
  for (const [name, r] of Object.entries(receivers.chat))
    assert.equal(r.requests.length, requestsAfterFirst.get(name), `${name} got no request`);
  assert.equal(receivers.webhook.accepted.length, 1);
  assert.equal(receivers.mail.messages.length, 1);
  for (const id of ["feishu", "wecom", "slack", "hook", "mail"])
    assert.match(
      second.stdout,
      new RegExp(`delivered ${id} \\(\\w+\\): 0 sent, [1-9]\\d* already sent, 0 failed`),
    );
});

test("a plain re-run after the entries changed re-sends only the parts that carry changes, and says why", async () => {
  for (const [name, r] of Object.entries(receivers.chat)) requestsAfterSecond.set(name, r.requests.length);
  // The entries change: a higher threshold leaves the lower-ranked entries out.
  h.writeConfig(baseConfig(server.sources, { channels: receivers.channels, briefing: { minStars: 4 } }));
  third = await h.run(["run", "--date", DEMO_DAY, "-q"]);
  assert.equal(third.code, 0, third.stderr);
  // The whole-briefing channels carry every entry: sent again, with the reason.
  assert.match(third.stdout, /delivered hook \(webhook\): 1 sent, 0 already sent, 0 failed/);
  assert.match(third.stdout, /delivered mail \(email\): 1 sent, 0 already sent, 0 failed/);
  assert.match(
    third.stdout,
    /part 1\/1 sent again: its entries changed since the last delivery — new: none; sent before in another form: 《/,
  );
  // The chat channels keep the parts whose entries did not change.
  const wecom = /delivered wecom \(wecom\): (\d+) sent, (\d+) already sent, 0 failed/.exec(third.stdout);
  assert.ok(wecom && Number(wecom[2]) >= 1, third.stdout);
  assert.equal(receivers.chat.wecom.requests.length - requestsAfterSecond.get("wecom")!, Number(wecom[1]));
});
