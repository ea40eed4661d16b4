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

test("with two things of the same noun before, the pointer names the subject's own, never the compared one", () => {
  const cases: [string, string, string | undefined][] = [
    // The baseline written last, after 此前/与…相比/而上一代: the subject's own is named.
    [
      "团队推出了一种分段检索方法，此前业内多用整段检索方法。",
      "这种方法让召回率提高了 11 个百分点。",
      "分段检索方法让召回率提高了 11 个百分点。",
    ],
    [
      "研究者引入了动态剪枝算法，并和静态剪枝算法相比较。",
      "借助这一算法，模型体积缩小了 40%。",
      "借助动态剪枝算法，模型体积缩小了 40%。",
    ],
    [
      "新一版芯片使用了三维堆叠封装，而前代产品采用平面封装。",
      "凭借这种封装，带宽提高了 1.8 倍。",
      "凭借三维堆叠封装，带宽提高了 1.8 倍。",
    ],
    // One taken up (采用/引入/换成) and one merely mentioned: the one taken up; 从而 is no baseline.
    [
      "该公司采用了自适应限流算法，社区里常见的是令牌桶算法。",
      "上线这种算法后，超时请求少了 52%。",
      "上线自适应限流算法后，超时请求少了 52%。",
    ],
    [
      "团队改写了解码流程，从而引入了投机解码方法；社区里流行的是束搜索方法。",
      "这一方法把延迟压到了 80 毫秒。",
      "投机解码方法把延迟压到了 80 毫秒。",
    ],
    // Two named alike, neither the subject's own nor a baseline: no name (no bullet).
    ["报告列举了两种调度策略：轮转调度策略和抢占调度策略。", "这种策略使等待时间缩短了 30%。", undefined],
  ];
  for (const [before, text, expected] of cases) assert.equal(namePointed(text, before), expected, before);
});

test("one thing named, or the same thing named twice, is named as before", () => {
  const cases: [string, string, string][] = [
    [
      "与传统方案相比，团队提出的分片训练方案更省显存。",
      "这种方案让显存占用下降了 28%。",
      "分片训练方案让显存占用下降了 28%。",
    ],
    [
      "作者提出了稀疏门控机制。与稠密模型相比，稀疏门控机制只激活两成参数。",
      "这一机制把训练成本压低了 35%。",
      "稀疏门控机制把训练成本压低了 35%。",
    ],
    [
      "此前，实验室发布过一个分层索引结构，用来管理向量库。",
      "这种结构让查询耗时减少了 47%。",
      "分层索引结构让查询耗时减少了 47%。",
    ],
    [
      "团队和两所高校合作，给出了一套增量编译流程。",
      "换用这种流程后，构建时间缩短了 64%。",
      "换用增量编译流程后，构建时间缩短了 64%。",
    ],
    [
      "他们把旧的打分规则换成了加权打分规则。",
      "这种规则让误判率降到了 3%。",
      "加权打分规则让误判率降到了 3%。",
    ],
  ];
  for (const [before, text, expected] of cases) assert.equal(namePointed(text, before), expected, before);
});
