import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A fixture of our own: what the article says of a part (仅, 只, 其中) beside what it says of all.
const ARTICLE = `北斗云宣布主力模型 API 价格下调 40%，新价格仅适用于按量付费用户，包年客户不受影响。
公司共发布 5 款模型，全部开源，其中 2 款支持 128K 上下文。所有模型都支持中文和英文。
平台目前只向企业客户开放 API 内测，普通用户需要排队申请。基础版对所有用户免费，仅专业版收费。`;
const index = indexArticle({ title: "北斗云降价", publisher: "测试号", links: [], text: ARTICLE });
const refused = (claim: string) => checkTextFacts(claim, index).filter((f) => !f.supported);

test("an 'all' in place of the article's restriction to a part is refused", () => {
  for (const claim of ["新价格对所有用户均适用。", "已向所有用户开放 API。", "所有模型都支持 128K 上下文。"])
    assert.ok(refused(claim).length > 0, claim);
});

test("an 'all' the article also says, a restriction kept, or a change by a share stands", () => {
  for (const claim of [
    "5 款模型全部开源。",
    "所有模型均支持中英文。",
    "全部 5 款模型都开源，其中两款支持 128K 上下文。",
    "基础版对所有用户免费，专业版收费。",
    "所有用户均可免费使用基础版。",
    "新价格只针对按量付费用户，包年客户均不受影响。",
    "API 目前只对企业客户开放内测。",
    "北斗云将主力模型 API 价格全部下调 40%。",
  ])
    assert.deepEqual(refused(claim), [], claim);
});

// A share or a count of the whole as the clause's subject is a part too; a change by a share is not.
const SHARES = `本次征求意见共收到 1200 条意见，约 30% 被采纳。公司营收的 70% 来自海外市场。
训练集 19 万本书中约 7000 本来自盗版网站。所有员工均获得期权，其中三成为工程师。
新版本将所有套餐价格下调 20%，全部用户自动升级。平台 95% 的请求在 1 秒内完成。`;
const shares = indexArticle({ title: "一份政策与一份财报", publisher: "测试号", links: [], text: SHARES });
const refusedIn = (claim: string) => checkTextFacts(claim, shares).filter((f) => !f.supported);

test("a share or part count told as all (全部被采纳 for 约 30% 被采纳) is refused", () => {
  for (const claim of [
    "意见全部被采纳。",
    "公司营收全部来自海外市场。",
    "训练集的书全部来自盗版网站。",
    "平台所有请求均在 1 秒内完成。",
  ])
    assert.ok(refusedIn(claim).length > 0, claim);
});

test("an 'all' the article says beside a share, or a change by a share, stands", () => {
  for (const claim of [
    "约三成意见被采纳。",
    "所有员工都获得了期权。",
    "所有套餐价格下调 20%。",
    "全部用户将自动升级。",
    "营收的 70% 来自海外。",
    "95% 的请求在 1 秒内完成。",
  ])
    assert.deepEqual(refusedIn(claim), [], claim);
});
