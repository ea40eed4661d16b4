import assert from "node:assert/strict";
import { test } from "node:test";
import { dummyEnvFor } from "../../../test/support/markdown-docs.ts";
import { parseConfig } from "../../config/index.ts";
import { listEnvReferences } from "../../config/interpolate.ts";
import {
  accountFeedUrl,
  buildInitConfig,
  INIT_CHANNELS,
  INIT_LLMS,
  type InitChoices,
  privateBridgeTargets,
} from "./init-config.ts";
import { parseAccountList } from "./init-prompts.ts";

const load = (text: string) =>
  parseConfig(text, { env: dummyEnvFor(listEnvReferences(text)), baseDir: "/tmp" });

test("every LLM × every channel writes a config the real loader accepts, secrets only as env references", () => {
  for (const llm of INIT_LLMS) {
    for (const channel of INIT_CHANNELS) {
      const choices: InitChoices = { accounts: parseAccountList("all")!, llm, channel };
      const text = buildInitConfig(choices);
      const config = load(text);
      assert.equal(config.sources.length, 3, `${llm}/${channel}`);
      assert.equal(config.llm?.providers[0]?.preset, llm === "offline" ? undefined : llm);
      assert.equal(config.channels.length, channel === "none" ? 0 : 1, `${llm}/${channel}`);
      if (channel !== "none") assert.equal(config.channels[0]!.type, channel);
      // No value of a secret key is written literally.
      for (const m of text.matchAll(/^\s*(webhook|secret|botToken|pass|user|apiKey|chatId):\s*(.+)$/gm)) {
        assert.match(m[2]!, /^\$\{[A-Z_]+\}/, `${llm}/${channel}: ${m[0]}`);
      }
    }
  }
});

test("a config with an unset key is refused by the loader, naming the variable", () => {
  const text = buildInitConfig({ accounts: parseAccountList("all")!, llm: "deepseek", channel: "feishu" });
  assert.throws(
    () => parseConfig(text, { env: {}, baseDir: "/tmp" }),
    (e: Error & { issues?: { message: string }[] }) =>
      ["DEEPSEEK_API_KEY", "FEISHU_WEBHOOK", "FEISHU_SECRET"].every((v) =>
        e.issues?.some((i) => i.message.includes(v)),
      ),
  );
});

test("a self-hosted bridge: feed ids become WeWe RSS URLs and the private address is allowed", () => {
  const text = buildInitConfig({
    accounts: parseAccountList("机器之心=MP_WXS_3071,2=MP_WXS_77,qbitai")!,
    bridge: "http://127.0.0.1:4000/",
    llm: "qwen",
    channel: "feishu",
  });
  const config = load(text);
  assert.deepEqual(
    config.sources.map((s) => s.url),
    [
      "http://127.0.0.1:4000/feeds/MP_WXS_3071.atom",
      "http://127.0.0.1:4000/feeds/MP_WXS_77.atom",
      "https://www.qbitai.com/feed",
    ],
  );
  assert.deepEqual(config.fetch.allowPrivate, ["127.0.0.1:4000"]);
});

test("a bridge URL template with {id}, a whole URL, and public bridges need no allowPrivate", () => {
  assert.equal(
    accountFeedUrl({ id: "qbitai", feed: "MP_1" }, "http://werss:8001/feed/{id}.rss"),
    "http://werss:8001/feed/MP_1.rss",
  );
  assert.equal(
    accountFeedUrl({ id: "qbitai", feed: "https://rss.example.org/q.xml" }, undefined),
    "https://rss.example.org/q.xml",
  );
  assert.throws(() => accountFeedUrl({ id: "qbitai", feed: "MP_1" }, undefined, "en"), /needs --bridge/);
  assert.throws(() => accountFeedUrl({ id: "qbitai", feed: "MP_1" }, undefined), /需要配合 --bridge/);
  assert.deepEqual(
    privateBridgeTargets(["https://rss.example.org/a", "http://werss:8001/feed/x", "http://192.168.1.5/f"]),
    ["werss:8001", "192.168.1.5:80"],
  );
  const text = buildInitConfig({
    accounts: [{ id: "qbitai", feed: "https://rss.example.org/q.xml" }],
    llm: "offline",
    channel: "none",
  });
  assert.doesNotMatch(text, /allowPrivate/);
  assert.equal(load(text).sources[0]!.url, "https://rss.example.org/q.xml");
});

test("localhost and IPv6 loopback bridges get allowPrivate entries the loader accepts", () => {
  for (const [bridge, entry] of [
    ["http://localhost:4000", "localhost:4000"],
    ["http://[::1]:4000", "[::1]:4000"],
    ["https://wewe-rss", "wewe-rss:443"],
  ] as const) {
    const text = buildInitConfig({
      accounts: [{ id: "qbitai", feed: "MP_1" }],
      bridge,
      llm: "offline",
      channel: "none",
    });
    assert.deepEqual(load(text).fetch.allowPrivate, [entry], bridge);
  }
});

test("account lists: numbers, names, ids, all; unknown words are refused", () => {
  assert.deepEqual(
    parseAccountList("1, 3")?.map((a) => a.id),
    ["jiqizhixin", "qbitai"],
  );
  assert.deepEqual(
    parseAccountList("新智元，量子位")?.map((a) => a.id),
    ["xinzhiyuan", "qbitai"],
  );
  assert.equal(parseAccountList("all")?.length, 3);
  assert.equal(parseAccountList("")?.length, 3);
  assert.equal(parseAccountList("4"), undefined);
  assert.equal(parseAccountList("jiqizhixin,xinhua"), undefined);
});
