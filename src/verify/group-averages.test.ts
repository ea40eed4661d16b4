import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// Articles of our own: one gives a figure for one member of a group, the other the group's average.
const onePart = indexArticle({
  title: "Tallow Audio ships Brook",
  publisher: "test",
  links: [],
  text: "Brook dubs into eleven languages. Word error rate on the Spanish set is 6.3%; results for the other ten languages will follow.",
});
const averaged = indexArticle({
  title: "Fenwick Eval scores Kestrel",
  publisher: "test",
  links: [],
  text: "Kestrel was tested on five coding benchmarks and averaged 71.4 across them. On HumanEval alone it scored 88.0.",
});
const refused = (claim: string, article = onePart) =>
  checkTextFacts(claim, article).some((f) => !f.supported);

test("one member's figure told as the group's average is refused", () => {
  assert.ok(refused("Brook 11 种语言的平均词错率 6.3%。"));
  assert.ok(refused("Brook 在 11 种语言上整体词错率为 6.3%。"));
  assert.ok(refused("Kestrel 在 5 个基准上的平均得分 88.0。", averaged));
});

test("near miss: the member's figure as the article gives it, or an average it states, is kept", () => {
  assert.equal(refused("Brook 支持 11 种语言，西班牙语词错率 6.3%。"), false);
  assert.equal(refused("Kestrel 在 5 个基准上的平均得分 71.4，HumanEval 88.0。", averaged), false);
});
