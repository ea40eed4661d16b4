import assert from "node:assert/strict";
import { test } from "node:test";
import { personActorOf } from "./people-actors.ts";
import { pickOrg } from "./pick-org.ts";

const pick = (title: string, text: string, fallback = "量子位") =>
  pickOrg({ title, lead: "", text, fallback });

test("a founder named by role and company: the org is the company, not the publisher", () => {
  const org = pick(
    "对话栖云科技沈砚：端侧模型的机会在离线场景",
    "端侧模型还有没有机会？量子位和栖云科技联合创始人沈砚聊了聊。\n\n栖云科技成立于 2022 年。",
  );
  assert.deepEqual(org, { org: "栖云科技", known: true });
  assert.equal(
    pick("访谈｜开发者工具的下一步", "新智元专访了落霞智能工程负责人顾川，他认为调试比生成更难。", "新智元")
      .org,
    "落霞智能",
  );
});

test("people listed by name with 等…学者 act themselves: their names, not the publisher", () => {
  assert.deepEqual(
    pick(
      "王清源、赵一鸣等联署AI医疗伦理倡议：先试点，再推广",
      "【新智元导读】王清源、赵一鸣等三十多位学者联名发布了一份倡议，建议医院分阶段引入诊断模型。",
      "新智元",
    ),
    { org: "王清源 & 赵一鸣", known: false },
  );
});

test("an agency publishing a rule is the org: 经济和信息化局 whole, not cut at 和", () => {
  assert.equal(
    pick(
      "最高奖励3000万元！杭州发布智能网联汽车新政",
      "杭州出手了！杭州市经济和信息化局发布了《杭州市智能网联汽车产业若干措施》，共 12 条。",
      "新智元",
    ).org,
    "杭州市经济和信息化局",
  );
  assert.equal(personActorOf("公司内部发布了新规", ""), undefined);
});

test("a unit word after the org's name is not part of the org: 北航团队 is 北航", () => {
  assert.equal(
    pick(
      "北航团队提出StepCache：推理提速1.9倍",
      "北航团队提出了 StepCache，一种复用思维链的方法。",
      "机器之心",
    ).org,
    "北航",
  );
});
