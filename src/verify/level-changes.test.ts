import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

const EN = `Lindenfield Software reported results for the quarter ended June 30.

- Total revenue was $860 million, up 18% from a year earlier.
- Cloud revenue was $310 million, up 52% from a year earlier.
- Operating margin was 21%.`;

const ZH = `澜图科技发布 2026 年半年报。

上半年公司营业收入 42.5 亿元，同比增长 12%；其中海外业务收入 9.8 亿元，同比增长 61%。`;

const refused = (article: string, claim: string) =>
  checkTextFacts(claim, indexArticle({ title: "", publisher: "测试号", links: [], text: article })).some(
    (f) => !f.supported && /a part's change told as the whole's/.test(f.reason),
  );

test("a segment's change told as the whole's level is refused, in either language", () => {
  assert.ok(
    refused(EN, "Lindenfield 季度总营收 8.6 亿美元，同比增长 52%。"),
    "52% is cloud's; total grew 18%",
  );
  assert.ok(refused(EN, "Total revenue was $860 million, up 52% year on year."));
  assert.ok(refused(ZH, "上半年营收 42.5 亿元，同比增长 61%。"), "61% is 海外业务's");
});

test("true rewordings that keep each change with its own level stand", () => {
  const claims: Array<[string, string]> = [
    [EN, "Lindenfield 季度总营收 8.6 亿美元，同比增长 18%。"],
    [EN, "Total revenue was $860 million, up 18%; cloud revenue grew 52% to $310 million."],
    [EN, "总营收 8.6 亿美元，其中云业务收入同比增长 52%。"],
    [EN, "云业务收入 3.1 亿美元，同比增长 52%。"],
    [ZH, "上半年营收 42.5 亿元，同比增长 12%。"],
    [ZH, "营收 42.5 亿元，海外业务收入同比增长 61%。"],
    [ZH, "海外业务收入 9.8 亿元，同比增长 61%。"],
  ];
  for (const [article, claim] of claims) assert.ok(!refused(article, claim), claim);
});
