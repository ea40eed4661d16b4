import assert from "node:assert/strict";
import { afterEach, beforeEach, test } from "node:test";
import { parseConfig } from "../config/index.ts";
import type { Article } from "../model/article.ts";
import type { Entry } from "../model/entry.ts";
import { buildBriefing } from "../pipeline/build-briefing.ts";
import { createOnlineCheck, unsupportedClaims } from "../pipeline/verification.ts";
import type { Store } from "../store/index.ts";
import { makeArticle, makeSource, openTempStore } from "../store/testing.ts";
import { verifyEntry } from "../verify/index.ts";
import { verifyDay } from "./verify.ts";

// One verification wiring: the build, the repair turn, the online check and `daybrief verify`
// decide the publisher and the policy in one place. The old code built the repair turn's and the
// online check's evidence as `publisher: article.account`, the build's as `account ?? source.name`,
// and `verify --date` verified under drop whatever verify.policy said.

const DAY = "2026-02-04";
const OFFLINE = { kind: "offline" as const, name: "offline-extractive", promptVersion: "v1" };
const silent = { debug() {}, info() {}, warn() {}, error() {}, child: () => silent };

/** An opinion piece on a blog read from RSS: no account, the source's name is its publisher. */
const opinion = {
  title: "观点：大模型评测该换一种问法了",
  text: "我们认为，静态题库已经不足以衡量大模型的真实能力，评测应该回到真实任务。",
  html: "",
  links: [],
};
const entryBy = (org: string, extra = ""): Entry => ({
  org,
  title: opinion.title,
  stars: 2,
  tags: [],
  summary: `${org}认为静态题库已不足以衡量大模型的真实能力。`,
  core: { bullets: [] },
  results: { bullets: extra ? [{ text: extra }] : [] },
  insights: { bullets: [{ text: "评测应该回到真实任务。" }] },
  resources: [],
});

let store: Store;
let remove: () => void;
beforeEach(async () => {
  ({ store, remove } = openTempStore());
  await store.upsertSource(makeSource({ id: "blog", name: "弦外之音" }));
});
afterEach(() => remove());

function configWith(policy: "drop" | "mark") {
  return parseConfig(
    `timezone: Asia/Shanghai\nsources:\n  - id: blog\n    name: 弦外之音\n    url: http://127.0.0.1/feed.xml\nverify:\n  policy: ${policy}\n`,
    { env: {}, baseDir: "/tmp" },
  );
}

async function saveWithEntry(article: Partial<Article>, entry: Entry): Promise<Article> {
  const a = makeArticle({ sourceId: "blog", ...opinion, ...article });
  const { id } = await store.saveArticle(a);
  await store.saveAnalysis({
    articleId: id,
    contentHash: a.contentHash!,
    status: "ok",
    entry,
    analyser: OFFLINE,
  });
  return { ...a, id };
}

async function fourJudgements(policy: "drop" | "mark") {
  const config = configWith(policy);
  const articles = await store.listArticlesForDay(DAY, config.timezone);
  const analyses = await store.listAnalysesForArticles(articles.map((a) => a.id!));
  const built = buildBriefing({ config, date: DAY, generatedAt: "x", articles, analyses, primary: [] });
  const verified = await verifyDay({ store, config }, DAY);
  const online = createOnlineCheck(config, {
    fetch: (async () => new Response("")) as typeof fetch,
    logger: silent,
  });
  return { config, articles, analyses, built, verified, online };
}

test("an article without an account: build, repair turn, online check and verify agree its source's name is the publisher", async () => {
  const article = await saveWithEntry({}, entryBy("弦外之音"));
  const { config, built, verified, online } = await fourJudgements("drop");
  const org = verified[0]!.claims.find((c) => c.claim.kind === "org")!.claim;
  assert.equal(org.status, "supported", org.reason);
  assert.equal(org.role, "publisher");
  assert.deepEqual(built.items[0]!.verification, verified[0]!.counts);
  // The repair turn is not paid for a claim the build accepts.
  assert.deepEqual(unsupportedClaims(config, entryBy("弦外之音"), article), []);
  // The online check keeps the org the build keeps.
  assert.equal((await online(entryBy("弦外之音"), article)).org, "弦外之音");
  // The old repair/online form (publisher: article.account) judged the same org unsupported.
  const old = verifyEntry(entryBy("弦外之音"), { ...opinion, publisher: article.account });
  assert.notEqual(old.claims.find((c) => c.kind === "org")!.status, "supported");
});

test("an account other than the source's name: the account is the publisher everywhere", async () => {
  const article = await saveWithEntry({ account: "某公众号" }, entryBy("弦外之音"));
  const { config, built, verified } = await fourJudgements("mark");
  const org = verified[0]!.claims.find((c) => c.claim.kind === "org")!.claim;
  // The source name does not stand in for a page that names its own account.
  assert.notEqual(org.status, "supported");
  assert.deepEqual(built.items[0]!.verification, verified[0]!.counts);
  assert.equal(unsupportedClaims(config, entryBy("弦外之音"), article).length, 1);
  assert.deepEqual(unsupportedClaims(config, entryBy("某公众号"), article), []);
});

test("verify --date applies verify.policy as the build does (mark: kept and flagged, not dropped)", async () => {
  await saveWithEntry({}, entryBy("弦外之音", "准确率提升 37.5%。"));
  const { built, verified } = await fourJudgements("mark");
  assert.equal(verified[0]!.counts.marked, 1);
  assert.equal(verified[0]!.counts.dropped, 0);
  assert.deepEqual(built.items[0]!.verification, verified[0]!.counts);
});
