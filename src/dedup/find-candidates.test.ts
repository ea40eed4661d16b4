import assert from "node:assert/strict";
import { test } from "node:test";
import { computeFeatures } from "./article-features.ts";
import { findCandidates } from "./find-candidates.ts";
import { mulberry32 } from "./testdata/generate-articles.ts";

const HAN = "星河青鸾算力推理框架芯片语音视觉代码机器人训练数据评测开源平台智能体安全对齐搜索记忆";

/**
 * A day whose titles are made of few shared phrases ("<A>：<B>，<unique>"), as on a day when many
 * outlets write about the same few things: every pair of title words is shared by dozens of
 * articles, so each title key's bucket is large. Bodies are distinct (random characters).
 */
function crowdedDay(n: number, seed = 7) {
  const next = mulberry32(seed);
  const word = (len: number) =>
    Array.from({ length: len }, () => HAN[Math.floor(next() * HAN.length)]).join("");
  // A Latin word of its own per title (a token no other title has, so never a key).
  const latin = (i: number) => `Q${i.toString(26).replace(/\d/g, (d) => "klmnopqrst"[Number(d)]!)}x`;
  const first = ["发布新一代模型", "融资十亿元", "开源推理框架", "推出编程助手", "公布评测结果"];
  const second = ["业内震动", "开发者热议", "股价大涨", "引发讨论", "性能翻倍"];
  return Array.from({ length: n }, (_, i) => {
    const a = i % first.length;
    const b = Math.floor(i / first.length) % second.length;
    return {
      a,
      b,
      input: { title: `${first[a]}：${second[b]}，${latin(i)}`, text: word(300) },
    };
  });
}

function pairSet(pairs: Uint32Array): Set<string> {
  const out = new Set<string>();
  for (let p = 0; p < pairs.length; p += 2) out.add(`${pairs[p]}:${pairs[p + 1]}`);
  return out;
}

test("candidates grow linearly when many titles share their words (no pairwise bucket of hundreds)", () => {
  const count = (n: number) => findCandidates(crowdedDay(n).map((d) => computeFeatures(d.input))).length / 2;
  const small = count(150);
  const large = count(380);
  // Every pair of the 380 would be 72,010; comparing each bucket pairwise gave ~40,000.
  assert.ok(large < 380 * 40, `${large} candidate pairs for 380 articles`);
  assert.ok(large / small < 3.5, `pairs grew ${small} → ${large} for 2.5× the articles`);
});

test("in a crowded bucket, titles sharing more than the bucket's words are still compared", () => {
  const day = crowdedDay(380);
  const pairs = pairSet(findCandidates(day.map((d) => computeFeatures(d.input))));
  let expected = 0;
  for (let i = 0; i < day.length; i++)
    for (let j = i + 1; j < day.length; j++)
      if (day[i]!.a === day[j]!.a && day[i]!.b === day[j]!.b) {
        expected++;
        assert.ok(pairs.has(`${i}:${j}`), `titles ${i} and ${j} share both phrases but are no candidates`);
      }
  assert.ok(expected > 1000);
});

test("one big story (a hundred titles of the same words) is chained: each member meets the next ones", () => {
  const next = mulberry32(11);
  const body = () => Array.from({ length: 300 }, () => HAN[Math.floor(next() * HAN.length)]).join("");
  const day = Array.from({ length: 120 }, (_, i) => ({
    title: `深度求索发布新一代推理模型，Q${"abcdefghij"[i % 10]}${"klmnopqrst"[Math.floor(i / 10) % 10]}x`,
    text: body(),
  }));
  const pairs = pairSet(findCandidates(day.map((d) => computeFeatures(d))));
  for (let i = 0; i + 1 < day.length; i++) assert.ok(pairs.has(`${i}:${i + 1}`), `${i} and ${i + 1}`);
  assert.ok(pairs.size < (120 * 119) / 4, `${pairs.size} pairs: the bucket was compared pairwise`);
});
