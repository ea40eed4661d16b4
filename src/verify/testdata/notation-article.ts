// An article written for the notation and unit tests: dates, quarters, Chinese numerals, exact
// conversions, an idiom with 一千, reading-time boilerplate, a caption and an ad block.
export const NOTATION_ARTICLE = {
  title: "星河智能发布 Nova 大模型",
  publisher: "测试号",
  links: [],
  text: `阅读 4 分钟｜本文约 3000 字

星河智能宣布，Nova 大模型将于 2024年6月底 正式开放 API。公司第一季度营收 30 亿美元，十一月还将发布移动端。

Nova 的参数规模为 1750 亿，开发者五分钟内即可完成部署。平台累计注册开发者 1.2万 名，付费用户 3,5000 人。

CEO 说："一千个人里有一千个哈姆雷特，每个团队对大模型的期待都不一样。"

▲ 图 2：Nova 推理速度提升 3 倍

—— 广告 ——
限时优惠：AI 训练营报名立减 500 元，名额仅 200 个。

Nova 在 NovaBench 上的准确率为 82.5%，较上一代提升 6 个百分点。`,
};
