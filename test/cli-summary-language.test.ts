import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { translate } from "../src/cli/i18n.ts";
import { runReasonText } from "../src/cli/print-summary.ts";
import { type RunReason, reasonLine } from "../src/pipeline/run-status.ts";
import { baseConfig, type CliResult, createHarness, DEMO_DAY } from "./support/cli-harness.ts";
import { allowOnly } from "./support/route-fetch.ts";
import { HTML_TYPE, type RouteServer, RSS_TYPE, rssFeed, startRouteServer } from "./support/route-server.ts";

// The run summary (issue 15, point 1): the coverage problems and the run's "why" in the CLI's
// language, Chinese by default and English with --lang en, never a line of the other language.
const PUB = "Wed, 04 Feb 2026 10:20:00 +0800";
const GOOD_TITLE = "某实验室发布开源长文本模型";
const DELETED_TITLE = "独家：某实验室新模型训练细节提前曝光";
const BODY =
  "<p>某实验室今天发布了新的开源模型，重点提升了长文本理解能力。</p><p>在公开测试中，新模型的准确率比上一版提高了 12%，" +
  "推理速度也快了三成。</p><p>团队表示，模型权重和推理代码已经开源，开发者可以直接下载使用。</p>";
/** The page WeChat shows for an article its publisher deleted (the extractor's own fixture). */
const DELETED_PAGE = readFileSync(
  new URL("../src/extract/testdata/wechat-deleted.html", import.meta.url),
  "utf8",
);
/** Source names and article titles are data: they stay as they are in either language. */
const DATA = ["好号", "宕机号", "删帖号", GOOD_TITLE, DELETED_TITLE];
const CJK = /[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e]/;
/** Three English words in a row: a sentence someone reads. */
const SENTENCE = /[A-Za-z][A-Za-z'-]+(?: [A-Za-z][A-Za-z'-]*){2,}/;

let server: RouteServer;
let zh: CliResult;
let en: CliResult;
const cleanups: (() => void)[] = [];

before(async () => {
  const routes = {
    "/good.xml": () => ({
      type: RSS_TYPE,
      body: rssFeed("好号", [
        { title: GOOD_TITLE, link: `${server.origin}/a/1`, pubDate: PUB, description: "新模型。" },
      ]),
    }),
    "/a/1": {
      type: HTML_TYPE,
      body: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${GOOD_TITLE}</title></head><body><article>${BODY}</article></body></html>`,
    },
    "/down.xml": { status: 500, body: "internal error\n" },
    "/deleted.xml": () => ({
      type: RSS_TYPE,
      body: rssFeed("删帖号", [
        { title: DELETED_TITLE, link: `${server.origin}/s/deleted`, pubDate: PUB, description: "细节曝光。" },
      ]),
    }),
    "/s/deleted": { type: HTML_TYPE, body: DELETED_PAGE },
  };
  server = await startRouteServer(routes);
  const runIn = async (env: Record<string, string>, args: string[]) => {
    const h = createHarness({ fetch: globalThis.fetch, env });
    cleanups.push(() => h.cleanup());
    const source = (id: string, name: string) => ({ id, name, url: `${server.origin}/${id}.xml` });
    h.writeConfig(
      baseConfig([source("good", "好号"), source("down", "宕机号"), source("deleted", "删帖号")], {
        fetch: { retries: 0, ...allowOnly(server.origin) },
      }),
    );
    return h.run([...args, "run", "--date", DEMO_DAY, "-q"]);
  };
  zh = await runIn({ LANG: "zh_CN.UTF-8" }, []);
  en = await runIn({ LANG: "zh_CN.UTF-8" }, ["--lang", "en"]);
});

after(async () => {
  await server?.close();
  for (const cleanup of cleanups) cleanup();
});

const lines = (r: CliResult) => `${r.stderr}\n${r.stdout}`.split("\n").filter((l) => l.trim());
const withoutData = (line: string) => DATA.reduce((l, d) => l.split(d).join(""), line);

test("under LANG=zh_CN the problems and the run's why are Chinese only", () => {
  assert.equal(zh.code, 3, zh.stderr);
  assert.match(zh.stderr, /^运行 1（2026-02-04）降级：3 个订阅源中 1 个抓取失败$/m);
  assert.match(zh.stdout, /^ {4}! 订阅源抓取失败（服务端错误 · E_SERVER · HTTP 500）$/m);
  assert.match(zh.stdout, new RegExp(`^ {4}! 《${DELETED_TITLE}》该内容已被发布者删除$`, "m"));
  // The why and the problems: no English word at all but the catalogue's codes and HTTP statuses.
  const told = lines(zh).filter((l) => l.startsWith("运行 ") || l.startsWith("    ! "));
  assert.equal(told.length, 3, zh.stdout);
  for (const line of told)
    assert.doesNotMatch(line.replace(/E_[A-Z_]+|HTTP \d+/g, ""), /[A-Za-z]/, `English in: ${line}`);
  for (const line of lines(zh)) assert.doesNotMatch(line, SENTENCE, `an English sentence in: ${line}`);
});

test("with --lang en the problems and the run's why are English only (names and titles are data)", () => {
  assert.equal(en.code, 3, en.stderr);
  assert.match(en.stderr, /^run 1 for 2026-02-04 degraded: 1 of 3 source\(s\) failed$/m);
  // The feed's raw error (the HTTP layer's English) follows the catalogue's words.
  assert.match(
    en.stdout,
    /^ {4}! feed not fetched \(server error · E_SERVER · HTTP 500\): GET \S+ failed: HTTP 500$/m,
  );
  assert.match(en.stdout, new RegExp(`^ {4}! "${DELETED_TITLE}": deleted by the publisher$`, "m"));
  assert.equal(lines(en).filter((l) => l.startsWith("    ! ")).length, 2, en.stdout);
  for (const line of lines(en)) assert.doesNotMatch(withoutData(line), CJK, `Chinese in: ${line}`);
});

/** One of each reason, so a code without words in the catalogue or the log line fails here. */
const EVERY_REASON: RunReason[] = [
  { code: "allSourcesFailed", sources: 3 },
  { code: "nothingSent" },
  { code: "everyChannelFailed", channels: ["feishu", "mail"] },
  { code: "sourcesFailed", failed: 1, sources: 3 },
  { code: "feedsLostItems", count: 1 },
  { code: "pagesUnreadable", count: 2 },
  { code: "pagesUnread", count: 2 },
  { code: "analysesFailed", count: 3, fallback: 2 },
  { code: "analysesFailed", count: 1, fallback: 0 },
  { code: "partsUndelivered", count: 1 },
  { code: "channelsFailed", count: 1 },
  { code: "healthAlertNotSent" },
  { code: "runFailed" },
  { code: "cancelled" },
];

test("every run reason: the English words are the runs table's, the Chinese ones hold no English", () => {
  for (const reason of EVERY_REASON) {
    const enText = runReasonText((key, params) => translate("en", key, params), [reason]);
    assert.equal(enText, reasonLine([reason]), reason.code);
    const zhText = runReasonText((key, params) => translate("zh", key, params), [reason]);
    assert.match(zhText, CJK, reason.code);
    assert.doesNotMatch(zhText.replace("feishu, mail", ""), /[A-Za-z]/, `${reason.code}: ${zhText}`);
    assert.doesNotMatch(zhText, /\{\w+\}/, `${reason.code}: every placeholder filled`);
  }
  const both = EVERY_REASON.slice(0, 2);
  assert.equal(
    runReasonText((k, p) => translate("en", k, p), both),
    reasonLine(both),
  );
  assert.equal(
    runReasonText((k, p) => translate("zh", k, p), both),
    "全部 3 个订阅源都抓取失败；没有向渠道推送任何内容",
  );
});
