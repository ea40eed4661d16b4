import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

const TITLE = "Lumen Labs ships Atlas-2 preview";
const article = indexArticle({
  title: TITLE,
  publisher: "Fieldnotes",
  links: [],
  text: `${TITLE}\nLumen Labs said on Friday that Atlas-2 now supports 40 languages. The earlier Atlas-1 weights were released in 2024, but Lumen Labs has not yet released the Atlas-2 weights. Lumen Labs, which is not publicly listed, did not disclose revenue. Regulators have not decided whether the framework will apply to robotics firms. Lumen Labs did not say when Atlas-3 will launch. Lumen Labs plans to add two more data halls next year.`,
});
/** The reasons of what the article refuses in an entry text. */
const refused = (claim: string) =>
  checkTextFacts(claim, article)
    .filter((f) => !f.supported)
    .map((f) => f.reason);

test("a Chinese entry that drops an English denial is refused: not yet released, not listed, whether undecided", () => {
  for (const claim of [
    "Lumen Labs 已发布 Atlas-2 权重。",
    "Lumen Labs 已上市。",
    "该框架将适用于机器人公司。",
  ]) {
    const reasons = refused(claim);
    assert.ok(
      reasons.some((r) => /drops the negation/.test(r)),
      `${claim}: ${reasons.join("; ") || "published"}`,
    );
  }
});

test("what an English article only plans, told by the Chinese entry as done (已…), is refused", () => {
  const reasons = refused("Lumen Labs 已新增两栋机房。");
  assert.ok(
    reasons.some((r) => /only plans it/.test(r)),
    reasons.join("; ") || "published",
  );
});

test("the denial kept, another product, or the same said plainly: kept", () => {
  for (const claim of [
    "Lumen Labs 尚未发布 Atlas-2 权重，公司未上市。",
    // Atlas-1's weights are out: the article says so plainly beside Atlas-2's denial.
    "Lumen Labs 已发布 Atlas-1 权重。",
    "Atlas-2 已支持 40 种语言。",
    "是否适用于机器人公司尚未决定。",
    // "did not say when Atlas-3 will launch" withholds a date, it denies no launch.
    "Lumen Labs 将推出 Atlas-3。",
    // The plan kept a plan.
    "Lumen Labs 计划新增两栋机房。",
    "Lumen Labs 将新增两栋机房。",
  ])
    assert.deepEqual(refused(claim), [], claim);
});
