import assert from "node:assert/strict";
import { test } from "node:test";
import { selectCandidates } from "./candidate-sentences.ts";
import { namePointed } from "./name-pointed.ts";
import { splitSentences } from "./sentences.ts";
import { buildUnits } from "./standalone-units.ts";

const BEFORE = "团队把这类错误称为“格式漂移”，并给出了一个轻量的重排策略：先让模型列出要点，再按模板填回。";

test("a result sentence pointing at a thing is given the article's name for it", () => {
  assert.equal(
    namePointed("加入这一策略后，表格字段的错填率降到了 6%。", BEFORE),
    "加入重排策略后，表格字段的错填率降到了 6%。",
  );
  // The sentence goes on with the article's own compound: only the demonstrative goes.
  assert.equal(
    namePointed("作者承认，这种重排策略会让每次调用多花约 12% 的时间。", BEFORE),
    "作者承认，重排策略会让每次调用多花约 12% 的时间。",
  );
  // A quoted name is kept whole.
  assert.equal(
    namePointed("实验显示，这一机制把显存峰值压低了 35%。", "论文提出了“分块回收”机制：解码时按块释放缓存。"),
    "实验显示，“分块回收”机制把显存峰值压低了 35%。",
  );
  // A count word's attribute pointing back goes, the fact stays; so does a last clause commenting on it.
  assert.equal(
    namePointed("一位用上这种表单的运营，三天里处理了 800 张工单。", BEFORE),
    "一位运营，三天里处理了 800 张工单。",
  );
  assert.equal(
    namePointed("上线一个月，插件下载量超过 2 万次，可见这类工具的需求之大。", BEFORE),
    "上线一个月，插件下载量超过 2 万次。",
  );
  // Nothing the article names it by, nothing to leave out: undefined (no bullet).
  assert.equal(namePointed("采用这种办法之后，漏填的比例降到了 9%。", BEFORE), undefined);
  assert.equal(namePointed("这种方案让成本降到了一半。", BEFORE), undefined);
});

test("true sentences with no pointer outside are left as they are", () => {
  for (const plain of [
    "重排策略让错填率降到了 6%。",
    "MMLU 这类静态题库已经不够用了。",
    "这一次，团队换了一种做法，错填率降到了 6%。",
    "团队把“模型能否自己核对”这个问题做成了实验，错填率降到了 6%。",
    "业界用奖励模型打分，这个分数被当作质量的代理，平均 7.2 分。",
    "在这种被称为格式漂移的情形下，错填率高达 18%。",
    "Adding the step cut the error rate to 6%.",
  ])
    assert.equal(namePointed(plain, BEFORE), plain, plain);
});

test("a kept result bullet never points at a method only the sentence before names", () => {
  const text = [
    "岚山大学的研究团队发现，表格抽取模型在长文档上容易把字段填错位置。",
    "团队把这类错误称为“格式漂移”，并给出了一个轻量的重排策略：先让模型列出要点，再按模板填回。",
    "采用这一策略后，字段错填率从 14% 降到了 6%。",
    "换用这种办法之后，漏填的比例降到了 9%。",
  ].join("\n\n");
  const units = buildUnits(selectCandidates(splitSentences(text)), { text });
  const standalone = units.filter((u) => u.standalone).map((u) => u.text);
  assert.ok(standalone.includes("采用重排策略后，字段错填率从 14% 降到了 6%。"), standalone.join("\n"));
  assert.ok(!standalone.some((t) => /这一策略|这种办法/.test(t)), standalone.join("\n"));
});

test("a last clause pointing back goes only when a fact with its figure stays", () => {
  assert.equal(namePointed("研究者认为，这些问题的根源在于缺少核验。", BEFORE), undefined);
  assert.equal(namePointed("截至上月，已有团队试用，足见这类工具的热度。", BEFORE), undefined);
});
