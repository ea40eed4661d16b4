import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

// A fixture of our own: a platform for one audience, a figure measured in one scenario, and the
// alls the article does say.
const ARTICLE = `衡川云推出企业级智能体平台，该平台面向企业客户提供服务，个人开发者暂不开放。
在其内部的客服场景测试中，平均工单处理时长从 14 分钟缩短到 9 分钟。MAI-2 在日常对话任务上的用户偏好率为 54%。
两款模型的上下文长度都是 256K。每家参与内测的企业均可获得 1000 万 token 额度。所有语言都可以语音输入。`;
const index = indexArticle({ title: "衡川云", publisher: "测试号", links: [], text: ARTICLE });
const EN = `Tern-8B cuts word error rate by up to 22% compared with Whisper on noisy call-centre audio. On clean read speech, the two perform about the same. The model is free for all academic users.`;
const en = indexArticle({ title: "Tern-8B", publisher: "Desk", links: [], text: EN });
const refused = (claim: string, i = index) =>
  checkTextFacts(claim, i).filter((f) => !f.supported && /widens|of a part/.test(f.reason));

test("an all over users, scenarios or tasks the article never says is refused, in either language", () => {
  for (const claim of [
    "衡川云推出面向所有用户的智能体平台。",
    "在各类业务场景中，平均处理时长从 14 分钟降到 9 分钟。",
    "MAI-2 在所有任务上的用户偏好率为 54%。",
    "Users preferred MAI-2 in 54% of all tasks.",
  ])
    assert.ok(refused(claim).length > 0, claim);
  assert.ok(refused("词错率比 Whisper 全面降低 22%。", en).length > 0);
});

test("an all the article says (都, 均, 每家, all, every), a denied all, or a part stands", () => {
  for (const claim of [
    "两款模型均支持 256K 上下文。",
    "每家内测企业都可获得 1000 万 token 额度。",
    "所有内测企业均可获得 1000 万 token 额度。",
    "所有语言都支持语音输入。",
    "Every participating company gets 10 million tokens.",
    "并非所有用户都能使用：个人开发者暂不开放。",
    "平台面向企业客户，在客服场景中处理时长从 14 分钟降到 9 分钟。",
  ])
    assert.deepEqual(refused(claim), [], claim);
  for (const claim of [
    "对所有学术用户免费。",
    "在嘈杂音频上词错率比 Whisper 最多低 22%。",
    "Free for all academic users.",
  ])
    assert.deepEqual(refused(claim, en), [], claim);
});
