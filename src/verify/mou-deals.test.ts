import assert from "node:assert/strict";
import { test } from "node:test";
import { refusedFor } from "./testdata/text-facts.ts";

// Fixtures of our own: a battery maker and a robotaxi firm that only signed an MoU; a Chinese
// framework agreement with no equity; an article where a real supply contract was signed.
const MOU_EN =
  "Vantor Cells and Glide Mobility signed a non-binding memorandum of understanding on Tuesday to study a battery-swap network for 3,000 robotaxis in Austin. The two firms expect to reach definitive agreements by September. Neither company takes a stake in the other.";
const MOU_ZH =
  "岚峰储能与迅驰出行 8 日签署战略合作框架协议，双方将围绕换电网络开展合作。该框架协议不具法律约束力，具体合作条款尚未敲定，也不涉及股权投资。";
const CONTRACT_ZH =
  "岚峰储能与迅驰出行 8 日签署电池供货合同，合同金额 4.2 亿元。此前双方曾于去年签署合作备忘录。";
const refused = refusedFor(/an MoU told as a contract/, "合作");

test("an MoU or a framework told as a firm deal is refused", () => {
  for (const claim of [
    "Vantor Cells 与 Glide Mobility 签署具有法律约束力的换电合作协议。",
    "双方已敲定在奥斯汀建设换电网络。",
    "Vantor Cells signed a binding agreement with Glide Mobility for 3,000 robotaxis.",
  ])
    assert.ok(refused(claim, MOU_EN).length > 0, claim);
  for (const claim of ["岚峰储能借此入股迅驰出行。", "双方签署换电网络合同。"])
    assert.ok(refused(claim, MOU_ZH).length > 0, claim);
});

test("an MoU kept an MoU, a deal still to come, or a contract the article has, stands", () => {
  for (const claim of [
    "Vantor Cells 与 Glide Mobility 签署不具约束力的谅解备忘录，研究换电网络。",
    "双方预计 9 月前签署正式协议。",
    "最终协议还需视研究结果和董事会批准而定。",
    "The firms signed a non-binding MoU and expect definitive agreements by September.",
    "Neither side takes a stake in the other.",
  ])
    assert.deepEqual(refused(claim, MOU_EN), [], claim);
  for (const claim of [
    "岚峰储能与迅驰出行签署战略合作框架协议，不具法律约束力。",
    "具体合作条款尚未敲定，也不涉及股权投资。",
    "双方将围绕换电网络合作。",
  ])
    assert.deepEqual(refused(claim, MOU_ZH), [], claim);
  for (const claim of ["岚峰储能与迅驰出行签署 4.2 亿元电池供货合同。", "双方 8 日签约。"])
    assert.deepEqual(refused(claim, CONTRACT_ZH), [], claim);
});
