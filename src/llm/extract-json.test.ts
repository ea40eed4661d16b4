import assert from "node:assert/strict";
import { test } from "node:test";
import { extractJson } from "./extract-json.ts";

test("plain JSON parses as is", () => {
  assert.deepEqual(extractJson(' {"a": 1} '), { ok: true, value: { a: 1 } });
});

test("JSON inside a code fence with prose around it", () => {
  const text = '好的，结果如下：\n```json\n{"title": "STAR", "stars": 5}\n```\n如有问题请告诉我。';
  assert.deepEqual(extractJson(text), { ok: true, value: { title: "STAR", stars: 5 } });
});

test("the first balanced object is found after leading prose, braces inside strings ignored", () => {
  const text = 'Here you go: {"text": "a } brace and a \\" quote {", "n": {"m": 2}} trailing words {oops';
  assert.deepEqual(extractJson(text), {
    ok: true,
    value: { text: 'a } brace and a " quote {', n: { m: 2 } },
  });
});

test("a broken first object falls through to a later valid one", () => {
  assert.deepEqual(extractJson('{not json} then {"ok": true}'), { ok: true, value: { ok: true } });
});

test("empty and blank replies (DeepSeek json_object) fail with a reason", () => {
  assert.deepEqual(extractJson("   \n "), { ok: false, error: "empty reply" });
  const cut = extractJson('{"title": "STAR", "core": {"bullets": [');
  assert.equal(cut.ok, false);
});
