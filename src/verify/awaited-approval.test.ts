import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// An approval still awaited, told as given: the article says the lease "still needs approval from the
// regional energy board" / 仍需省能源监管委员会批准, the entry says 已获…批准.

const refusals = (title: string, article: string) => {
  const index = indexArticle({ title, publisher: "测试号", links: [], text: `${title}\n\n${article}` });
  return (claim: string) =>
    checkTextFacts(claim, index)
      .filter((f) => !f.supported)
      .map((f) => f.reason);
};

test("an English approval still awaited, told by a Chinese entry as given, is refused", () => {
  const flags = refusals(
    "Harbor Power signs a grid lease",
    "Harbor Power signed the lease last week. The lease still needs approval from the regional energy board, which will rule in May.",
  );
  assert.ok(flags("租约已获地区能源委员会批准。").some((r) => /only plans it/.test(r)));
  assert.deepEqual(flags("租约仍需地区能源委员会批准。"), []);
  assert.deepEqual(flags("Harbor Power 已签署租约。"), []);
});

test("a Chinese 仍需…批准 is a denial of the approval", () => {
  const flags = refusals("港电签约", "港电上周签署了租赁协议，协议仍需省能源监管委员会批准，预计五月裁决。");
  assert.ok(flags("协议已获省能源监管委员会批准。").some((r) => /drops the negation/.test(r)));
  assert.deepEqual(flags("协议仍需省能源监管委员会批准。"), [], "the wait kept");
  assert.deepEqual(flags("港电上周签署了租赁协议。"), []);
});
