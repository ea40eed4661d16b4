import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

const checker = (text: string) => {
  const article = indexArticle({ title: "复盘报告", publisher: "测试号", links: [], text });
  return (claim: string) => checkTextFacts(claim, article).every((f) => f.supported);
};

const ARTICLE = `当天上午，团队为客服系统上线了一个新的日志清理脚本，随后发生故障。
整改措施：所有脚本改为只读；计划在明年三月前上线 Agent 权限审计平台，并部署双人复核流程。`;

test("a step with its object after it is read against the article's mentions of that object, not another thing's", () => {
  const ok = checker(ARTICLE);
  assert.ok(!ok("团队已上线 Agent 权限审计平台。"), "the platform is only planned");
  assert.ok(!ok("已上线权限审计平台，全量记录调用。"), "a Chinese object alone is enough");
  assert.ok(ok("团队计划在明年三月前上线 Agent 权限审计平台。"));
  assert.ok(ok("团队已上线新的日志清理脚本。"), "the script did go live");
});

test("a step whose object the article never mentions keeps the old reading over all mentions", () => {
  const ok = checker(ARTICLE);
  assert.ok(ok("已上线新版控制台。"), "上线了 elsewhere in the article: no verdict against it");
});

test("a milestone only expected (预计…实现盈亏平衡) is not reached in the entry (已实现盈亏平衡)", () => {
  const ok = checker(
    `财报显示，公司本季度实现营收 3.2 亿元。CFO 表示，预计 2028 年第二季度实现单季盈亏平衡。`,
  );
  assert.ok(!ok("公司已实现单季盈亏平衡。"));
  assert.ok(ok("公司预计 2028 年第二季度实现单季盈亏平衡。"));
  assert.ok(ok("公司本季度已实现营收 3.2 亿元。"), "the revenue was reached");
});
