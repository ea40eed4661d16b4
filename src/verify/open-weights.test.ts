import assert from "node:assert/strict";
import { test } from "node:test";
import { refusedFor } from "./testdata/text-facts.ts";

// Fixtures of our own: a Chinese leaderboard note that files a model under open weights, not open
// source; an English release that says the same the other way round; and one that opens one model
// fully while another only shares its weights.
const BOARD_ZH =
  "在本月的长文本榜单上，排名第三的岚汐-34B 公开了权重，但训练数据和代码都没有公布，评测方因此把它归为“开放权重”而非“开源”模型。";
const RELEASE_EN =
  "Pellworth released Skerry-9B on Tuesday. Skerry-9B is not open source but an open-weights model: the weights can be downloaded, while the training code stays private.";
const MIXED_EN =
  "Pellworth released two models. Skerry-9B is open weights, not open source. Its smaller sibling Skerry-2B is fully open source, with code and data on GitHub.";
const refused = refusedFor(/open weights, not open source/, "发布");

test("open weights told as open source is refused where the article draws that line", () => {
  const cases: Array<[string, string]> = [
    ["岚汐-34B 是榜单前三中唯一完全开源的模型。", BOARD_ZH],
    ["Lanxi-34B is the only fully open-source model in the top three.", BOARD_ZH],
    ["Skerry-9B 已经开源。", RELEASE_EN],
    ["Pellworth open-sourced Skerry-9B on Tuesday.", RELEASE_EN],
  ];
  for (const [claim, text] of cases) assert.ok(refused(claim, text).length > 0, claim);
});

test("weights told as weights, a denial, a plan, or an article with another open model stand", () => {
  const cases: Array<[string, string]> = [
    ["岚汐-34B 公开了权重，但被评测方归为开放权重而非开源模型。", BOARD_ZH],
    ["岚汐-34B 开源了权重，训练数据和代码未公布。", BOARD_ZH],
    ["岚汐-34B 并未开源。", BOARD_ZH],
    ["Skerry-9B is an open-weights model, not open source.", RELEASE_EN],
    ["Pellworth released the Skerry-9B weights; the training code stays private.", RELEASE_EN],
    ["Skerry-2B is fully open source.", MIXED_EN],
    ["Pellworth 的 Skerry-2B 完全开源，代码和数据都在 GitHub 上。", MIXED_EN],
  ];
  for (const [claim, text] of cases) assert.deepEqual(refused(claim, text), [], claim);
});

test("a bullet's label is its own clause: 'Open weights｜… fully open-source' is still read", () => {
  assert.ok(
    refused("Open weights｜Lanxi-34B is the only fully open-source model in the top three.", BOARD_ZH)
      .length > 0,
  );
  assert.ok(refused("权重：岚汐-34B 是唯一完全开源的模型。", BOARD_ZH).length > 0);
});
