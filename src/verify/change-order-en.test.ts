import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// Fixtures of our own: a quarterly report whose cloud growth slowed, told in Chinese and in English,
// and whose ad growth picked up; entries in either language.
const ZH = "据公司季报，云业务收入增速从上季度的 14% 放缓至 9%，广告业务增速则从 6% 回升到 11%。";
const EN =
  "Cloud revenue growth slowed to 9% in the quarter, from 14% a year earlier. Ad revenue growth picked up from 6% to 11%.";
const refused = (claim: string, text: string) =>
  checkTextFacts(claim, indexArticle({ title: "季报", publisher: "测试号", links: [], text })).filter(
    (f) => !f.supported && /other way round/.test(f.reason),
  );

test("a change told the other way round is refused, in English and across languages", () => {
  const cases: Array<[string, string]> = [
    ["云业务收入增速由 9% 提升到 14%。", EN],
    ["Cloud revenue growth sped up from 9% to 14%.", ZH],
    ["Cloud revenue growth sped up from 9% to 14%.", EN],
    ["Cloud revenue growth rose to 14% from 9%.", EN],
    ["Ad growth slipped from 11% to 6%.", ZH],
    ["广告业务增速从 11% 降到 6%。", EN],
  ];
  for (const [claim, text] of cases) assert.ok(refused(claim, text).length > 0, claim);
});

test("a change told the article's way round stands, in either language", () => {
  const cases: Array<[string, string]> = [
    ["云业务增速从 14% 放缓至 9%。", ZH],
    ["云业务增速从 14% 降至 9%。", EN],
    ["Cloud growth slowed from 14% to 9%.", ZH],
    ["Cloud growth slowed to 9%, from 14%.", EN],
    ["Cloud growth slowed to 9% in the quarter from 14%.", EN],
    ["Ad revenue growth rose from 6% to 11%.", EN],
    ["广告增速由 6% 回升至 11%，云业务增速降到 9%。", EN],
    ["Ad growth picked up to 11%, from 6%.", ZH],
  ];
  for (const [claim, text] of cases) assert.deepEqual(refused(claim, text), [], claim);
});
