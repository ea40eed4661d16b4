import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

const refused = (article: string, claim: string) => {
  const index = indexArticle({ title: "新闻", publisher: "测试号", links: [], text: article });
  return checkTextFacts(claim, index).filter(
    (f) => !f.supported && /a place the article does not give/.test(f.reason),
  ).length;
};

const ZH =
  "广州互联网法院 11 月 3 日对一起 AI 换脸案作出一审判决。被告公司总部位于深圳，其训练集群部署在贵安的数据中心。";
const EN =
  "Five illustrators sued Brushwork in federal court in Boston on Monday. Brushwork, which is based in Austin, runs its models in a data centre in Oregon leased from a cloud provider.";

test("a place the article never names, told as where something is, is refused", () => {
  assert.equal(refused(ZH, "杭州互联网法院一审判决被告败诉。"), 1);
  assert.equal(refused(ZH, "被告公司总部位于上海。"), 1);
  assert.equal(refused(ZH, "训练集群部署在成都的数据中心。"), 1);
  assert.equal(refused(EN, "五名插画师在纽约联邦法院起诉 Brushwork。"), 1);
  assert.equal(refused(EN, "The illustrators filed suit in a court in Seattle."), 1);
});

test("a place the article names, in either language, or one said in passing, stands", () => {
  assert.equal(refused(ZH, "广州互联网法院一审判决。"), 0);
  assert.equal(
    refused(ZH, "The trial court was the Guangzhou Internet Court; the firm is based in Shenzhen."),
    0,
  );
  assert.equal(refused(ZH, "集群部署在贵安数据中心。"), 0);
  assert.equal(refused(EN, "五名插画师在波士顿联邦法院起诉 Brushwork，公司总部在奥斯汀。"), 0);
  assert.equal(refused(EN, "The suit was filed in federal court in Boston."), 0);
  assert.equal(refused(EN, "该诉讼或影响美国其他 AI 公司。"), 0);
  assert.equal(refused("我国首例 AI 换脸案一审宣判。", "中国首例 AI 换脸案宣判。"), 0);
  // A country the article implies by a state and "federal": not judged.
  assert.equal(
    refused("A federal judge in the Northern District of Ohio ruled on Monday.", "美国法院一审裁定。"),
    0,
  );
});

// A state the article names by one of its cities: 加州 for San Jose, 得州 for Dallas.
const CITY_EN =
  "Three photographers sued Glimmer in federal court in San Jose on Tuesday. Glimmer trains its models in a data center in Dallas.";

test("a state named by one of its cities stands; another state, or an ambiguous 德州, is judged so", () => {
  assert.equal(refused(CITY_EN, "摄影师们周二在加州联邦法院起诉 Glimmer。"), 0);
  assert.equal(refused(CITY_EN, "The photographers sued in a California federal court."), 0);
  assert.equal(refused(CITY_EN, "Glimmer 的模型在得州的数据中心训练。"), 0);
  assert.equal(refused(CITY_EN, "Glimmer 的模型在德州的数据中心训练。"), 0);
  assert.equal(refused(CITY_EN, "The models run in a Texas data center."), 0);
  assert.equal(refused(CITY_EN, "摄影师们在俄亥俄联邦法院起诉 Glimmer。"), 1);
  assert.equal(refused(CITY_EN, "Glimmer trains its models in a data center in Ohio."), 1);
  assert.equal(refused("德州一家工厂引入 AI 质检。", "The factory is in Texas."), 0);
  assert.equal(refused("A factory in Dallas added AI inspection.", "德州的工厂引入 AI 质检。"), 0);
});
