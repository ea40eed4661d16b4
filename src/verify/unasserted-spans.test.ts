import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";
import { unassertedSpans } from "./unasserted-spans.ts";
import { isArticleTitle } from "./whole-sentences.ts";

/** Whether every claim of `entry` is supported by an article of our own. */
const supports = (title: string, text: string) => {
  const index = indexArticle({ title, publisher: "测试", links: [], text });
  return (entry: string) => checkTextFacts(entry, index).every((f) => f.supported);
};

test("a clause the article only asks, rumours or reports as denied is no support, word for word or not", () => {
  const refused: [string, string, string][] = [
    // A rumour, and the article's own answer is not a negation of the same words.
    [
      "北辰数据回应传闻",
      "有传闻称，星河科技已经完成对北辰数据的收购。北辰数据回应称，双方仍在谈判。",
      "星河科技已完成对北辰数据的收购。",
    ],
    // A question title, and the article's denial: the question no longer outweighs it.
    [
      "星河科技已完成对北辰数据的收购？",
      "记者向双方求证，北辰数据表示星河科技尚未完成对北辰数据的收购。",
      "星河科技已完成对北辰数据的收购。",
    ],
    // 否认 in the rumour's sentence.
    [
      "北辰数据季度报告",
      "网传星河科技已收购北辰数据，北辰数据否认了这一消息。北辰数据第三季度营收增长 12%。",
      "星河科技已收购北辰数据。",
    ],
    // A quote, denied by the next sentence.
    [
      "北辰数据季度报告",
      "一位博主在微博上写道：“星河科技已经收购了北辰数据。”北辰数据随后否认了这一说法。",
      "星河科技已收购北辰数据。",
    ],
    // A plain clause (no 已) of the entry.
    [
      "北辰数据季度报告",
      "传闻称星河科技收购北辰数据并裁撤其研发团队，北辰数据否认。北辰数据第三季度营收增长 12%。",
      "星河科技收购北辰数据并裁撤其研发团队。",
    ],
    // An English question title and denial, a Chinese entry.
    [
      "Has Orbit Labs acquired Kestrel?",
      "Orbit Labs has not acquired Kestrel, people familiar with the talks said.",
      "Orbit Labs 已收购 Kestrel。",
    ],
    [
      "Kestrel results",
      "Reports that Orbit Labs has acquired Kestrel were denied by both companies on Monday.",
      "Orbit Labs 已收购 Kestrel。",
    ],
    // English entries: the rumour or the question no longer outweighs the article's own denial.
    [
      "Kestrel results",
      "Kestrel's data unit has not been sold to Orbit Labs. Reports that Kestrel's data unit has been sold to Orbit Labs were denied.",
      "Kestrel's data unit has been sold to Orbit Labs.",
    ],
    [
      "Kestrel results",
      "Kestrel's data unit has not been sold to Orbit Labs. Has Kestrel's data unit been sold to Orbit Labs?",
      "Kestrel's data unit has been sold to Orbit Labs.",
    ],
  ];
  for (const [title, text, entry] of refused) assert.ok(!supports(title, text)(entry), `${text} → ${entry}`);
});

test("what the article says as so still supports the entry, a confirmed quote and a denied rumour beside it too", () => {
  const kept: [string, string, string][] = [
    [
      "北辰数据公告",
      "北辰数据宣布：“星河科技已完成对北辰数据的收购。”双方已签署协议。",
      "星河科技已完成对北辰数据的收购。",
    ],
    [
      "北辰数据公告",
      "此前有传闻称星河科技将收购北辰数据。今天，星河科技宣布已完成对北辰数据的收购。",
      "星河科技已完成对北辰数据的收购。",
    ],
    [
      "北辰数据公告",
      "此前有传闻称星河科技将收购北辰数据。今天，星河科技宣布已完成对北辰数据的收购。",
      "星河科技完成对北辰数据的收购并保留其研发团队。",
    ],
    ["北辰数据公告", "北辰数据否认了裁员传闻，并宣布已完成 B 轮融资。", "北辰数据已完成 B 轮融资。"],
    ["星河科技为何能实现盈利？", "星河科技已实现盈利，全年营收增长 40%。", "星河科技已实现盈利。"],
    ["北辰数据公告", "该功能不实用的说法流传已久。北辰数据已完成 B 轮融资。", "北辰数据已完成 B 轮融资。"],
    [
      "Kestrel deal",
      "Orbit Labs confirmed on Monday that it has acquired Kestrel.",
      "Orbit Labs 已收购 Kestrel。",
    ],
    [
      "Kestrel deal",
      'Orbit Labs said: "We have sold Kestrel to Vega." Kestrel has not been sold before.',
      "Orbit Labs has sold Kestrel to Vega.",
    ],
    [
      "Kestrel deal",
      "Users were denied access during the outage. Orbit Labs has acquired Kestrel.",
      "Orbit Labs 已收购 Kestrel。",
    ],
  ];
  for (const [title, text, entry] of kept) assert.ok(supports(title, text)(entry), `${text} → ${entry}`);
});

test("an entry title that is the article's question title is not the article's own title", () => {
  assert.equal(isArticleTitle("星河科技已完成对北辰数据的收购", "星河科技已完成对北辰数据的收购？"), false);
  assert.equal(isArticleTitle("Orbit Labs is buying Kestrel", "Orbit Labs is buying Kestrel?"), false);
  assert.equal(isArticleTitle("星河科技发布 Nova 模型", "重磅！星河科技发布 Nova 模型"), true);
  assert.equal(isArticleTitle("星河科技发布 Nova 模型", "星河科技发布 Nova 模型｜它能超越 GPT 吗？"), true);
  // The entry that asks the article's question gives the article's title.
  assert.equal(isArticleTitle("星河科技已完成对北辰数据的收购？", "星河科技已完成对北辰数据的收购？"), true);
  assert.equal(isArticleTitle("星河已收购北辰", "网传星河已收购北辰，北辰否认"), false);
});

test("the spans: questions, rumours, denials and the quote a denial points back at; not a denial denied", () => {
  const spans = (text: string) => unassertedSpans(text).map(([a, b]) => text.slice(a, b));
  assert.deepEqual(spans("星河要收购北辰？双方拒绝置评。"), ["星河要收购北辰？"]);
  assert.deepEqual(spans("有人称：“星河将收购北辰。”北辰随后否认了这一说法。营收增长 12%。"), [
    "有人称：“星河将收购北辰。”",
    "北辰随后否认了这一说法。",
  ]);
  assert.deepEqual(spans("北辰否认裁员，并宣布完成融资。"), ["北辰否认裁员"]);
  assert.deepEqual(spans("公司没有否认。Orbit did not deny it. Users were denied access."), []);
  assert.deepEqual(spans("Revenue rose 3.5 percent. Rumours of a sale spread."), [
    " Rumours of a sale spread.",
  ]);
});

test("linear on hostile articles: 400 KB of questions, denials, unclosed quotes and back-references", () => {
  for (const text of [
    "星河要收购北辰吗？".repeat(44_000),
    "”北辰否认了这一说法。".repeat(40_000),
    "“传闻称北辰".repeat(66_000),
    `${"did not deny ".repeat(30_000)}denied`,
    "否认，".repeat(130_000),
    "Is it? ".repeat(56_000),
  ]) {
    const started = performance.now();
    unassertedSpans(text);
    const seconds = (performance.now() - started) / 1000;
    // About 0.5–2.5 s on a loaded 2-core machine; a look back or ahead per sentence would be minutes.
    assert.ok(seconds < 6, `${text.slice(0, 12)}…: ${seconds.toFixed(2)} s`);
  }
});

test("a denial that names its own topic does not reach back to the sentence before it", () => {
  const spans = (text: string) => unassertedSpans(text).map(([a, b]) => text.slice(a, b));
  // The denial's object names its topic (上述关于…的传闻, reports that …): the launch before it stands.
  const zh = "云岫智能今天推出云岫-5 语音模型，代码已在 GitHub 公开。公司还否认了上述关于出售业务的传闻。";
  assert.deepEqual(spans(zh), ["公司还否认了上述关于出售业务的传闻。"]);
  const en =
    "Brightmoor shipped its Vela-2 speech model today, and the code is public on GitHub. The company also denied the reports that it plans to sell the unit.";
  assert.deepEqual(spans(en), [" The company also denied the reports that it plans to sell the unit."]);
  const ok = supports("云岫智能推出语音模型", zh);
  for (const entry of ["云岫智能推出云岫-5 语音模型，代码已在 GitHub 公开。", "云岫-5 的代码已公开。"])
    assert.ok(ok(entry), entry);
  assert.ok(
    supports("Brightmoor ships Vela-2", en)("Brightmoor shipped Vela-2, and the code is public on GitHub."),
  );
  // The whole object points back (上述说法, 上述指控, denied it, the report): the sentence before is denied.
  for (const denial of ["北辰否认了上述说法。", "北辰否认上述指控。", "北辰否认了上述。"])
    assert.ok(spans(`网友称北辰已裁员三成。${denial}`).includes("网友称北辰已裁员三成。"), denial);
  for (const denial of [" Kestrel denied it.", " Kestrel denied the report.", " Kestrel said it was false."])
    assert.ok(
      spans(`A blog said Kestrel cut a third of its staff.${denial}`)[0]?.startsWith("A blog"),
      denial,
    );
});
