import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A figure the article gives only under a condition is the entry's only with that condition.

const ARTICLE = `青禾科技公布 Lark-4 定价与实测

青禾科技公布 Lark-4 定价：每百万 tokens 输入 4 元、输出 16 元；缓存命中时输入仅 0.4 元。FP8 精度下，Lark-4 单卡吞吐达 2400 tokens/s。实验室标准光照条件下，机械臂抓取成功率 91.3%，弱光环境下降至 70.2%。

根据新规，违反数据标注要求且逾期未改正的，罚款 5 万至 20 万元。一位工程师在智能体辅助下一晚检查了 3000 篇论文。部署时，开发者十分钟内即可完成接入。同条件下，对照模型 Kite-2 得分 61.5。谈到成本时，CEO 表示训练只花了 80 万元。`;

const index = indexArticle({
  title: "青禾科技公布 Lark-4 定价与实测",
  publisher: "测试号",
  links: [],
  text: ARTICLE,
});
const ok = (claim: string) => checkTextFacts(claim, index).every((f) => f.supported);

test("the condition kept, in the article's words or others, stands", () => {
  assert.ok(ok("Lark-4 缓存命中时输入仅 0.4 元。"));
  assert.ok(ok("命中缓存的输入价格为 0.4 元。"));
  assert.ok(ok("FP8 精度下单卡吞吐 2400 tokens/s。"));
  assert.ok(ok("标准光照下抓取成功率 91.3%，弱光环境下 70.2%。"));
  assert.ok(ok("违反数据标注要求且逾期未改正的，罚款 5 万至 20 万元。"));
});

test("the condition dropped is refused", () => {
  assert.ok(!ok("Lark-4 输入价格低至每百万 tokens 0.4 元。"));
  assert.ok(!ok("Lark-4 单卡吞吐 2400 tokens/s。"));
  assert.ok(!ok("机械臂抓取成功率 91.3%。"));
  assert.ok(!ok("违反数据标注要求的，罚款 5 万至 20 万元。"), "half of a long condition");
});

test("a means or a moment is no condition", () => {
  assert.ok(ok("一位工程师一晚检查了 3000 篇论文。"));
  assert.ok(ok("开发者十分钟即可完成接入。"));
  assert.ok(ok("Lark-4 每百万 tokens 输入 4 元、输出 16 元。"));
  assert.ok(ok("对照模型 Kite-2 得分 61.5。"), "同条件下 compares");
  assert.ok(ok("训练只花了 80 万元。"), "谈到成本时 sets a scene");
});

test("a word that starts with 时 (时延, 时速) ends no condition", () => {
  const index = indexArticle({
    title: "Lark-4 实测",
    publisher: "测试号",
    links: [],
    text: "实测显示，平均每次推理时延 38 毫秒，峰值吞吐 2400 tokens/s。",
  });
  assert.ok(checkTextFacts("Lark-4 延迟 38 毫秒。", index).every((f) => f.supported));
});

test("a deadline the figure holds to (在…日前完成…的，) goes with it", () => {
  const index = indexArticle({
    title: "星河云下线旧接口",
    publisher: "测试号",
    links: [],
    text: "星河云宣布旧版接口将于 9 月 30 日停止服务。已接入旧接口的开发者在 2026 年 8 月 15 日前完成切换的，可获赠相当于上季度消费额 15% 的新版额度。",
  });
  const ok = (claim: string) => checkTextFacts(claim, index).every((f) => f.supported);
  assert.ok(ok("开发者在 2026 年 8 月 15 日前完成切换，可获赠上季度消费额 15% 的额度。"));
  assert.ok(ok("8 月 15 日之前完成切换的开发者可获上季度消费额 15% 的额度。"));
  assert.ok(!ok("开发者切换后均可获赠上季度消费额 15% 的额度。"), "the deadline dropped");
  assert.ok(!ok("已接入旧接口的开发者完成切换的，可获赠上季度消费额 15% 的额度。"), "the deadline dropped");
});

test("a figure the article gives for a subgroup (其中，…的) is not told of all; a title is short for its body", () => {
  const title = "海州发放数据券，比例最高 45%";
  for (const text of [
    "根据新规，符合条件的机构可按实际数据采购额的 20% 申请数据券；其中，从事医疗影像标注的机构比例可提高到 45%。",
    `${title}\n\n根据新规，符合条件的机构可按实际数据采购额的 20% 申请数据券；其中，从事医疗影像标注的机构比例可提高到 45%。`,
  ]) {
    const index = indexArticle({ title, publisher: "测试号", links: [], text });
    const ok = (claim: string) => checkTextFacts(claim, index).every((f) => f.supported);
    assert.ok(ok("机构可按数据采购额的 20% 申请数据券，医疗影像标注机构最高 45%。"));
    assert.ok(ok("医疗影像标注机构的数据券比例可达 45%。"));
    assert.ok(!ok("机构可按数据采购额的 45% 申请数据券。"), "the subgroup dropped");
  }
});
