import assert from "node:assert/strict";
import { test } from "node:test";
import { romanisedNameWords } from "./romanised-names.ts";

// A fictional article naming models whose first character has two readings (长, 重, 行).
const ARTICLE = "代码方面，长庚 V2 以 31 题领先；重明 2 排名第二，行云 Pro 第三。";

test("a name read under a character's other reading is the article's name", () => {
  assert.deepEqual([...romanisedNameWords("Changgeng V2 led on code.", ARTICLE)], ["changgeng"]);
  assert.deepEqual([...romanisedNameWords("Chongming 2 came second.", ARTICLE)], ["chongming"]);
  assert.deepEqual([...romanisedNameWords("Xingyun Pro came third.", ARTICLE)], ["xingyun"]);
});

test("a spelling no reading of the characters gives is still no name of the article", () => {
  assert.deepEqual([...romanisedNameWords("Chenggeng V2 led on code.", ARTICLE)], []);
  assert.deepEqual([...romanisedNameWords("Changming 2 came second.", ARTICLE)], []);
  assert.deepEqual([...romanisedNameWords("Xinyun Pro came third.", ARTICLE)], []);
});
