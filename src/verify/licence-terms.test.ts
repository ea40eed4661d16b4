import assert from "node:assert/strict";
import { test } from "node:test";
import { refusedFor } from "./testdata/text-facts.ts";

// Fixtures of our own: a speech corpus whose studio recordings stay research-only while its podcast
// part opens up with attribution; an English model release whose large checkpoint is research-only.
const CORPUS_ZH =
  "声澜语音库 3.0 今日发布。播客部分改用 CC BY 4.0 许可，允许商业使用，使用时需注明出处；录音棚部分仍仅供学术研究使用，申请时须签署协议。";
const WEIGHTS_EN =
  "Fenmoor released two checkpoints of its Brisk speech model. Brisk-Small is under Apache 2.0 and can be used commercially. Brisk-Large is for research use only and requires a signed agreement.";
const refused = refusedFor(/licence widened/, "发布");

test("a research-only part told as open to commercial use, or attribution told as waived, is refused", () => {
  const cases: Array<[string, string]> = [
    ["播客部分允许商用，录音棚部分同样可以商用。", CORPUS_ZH],
    ["声澜语音库录音棚部分开放商业使用。", CORPUS_ZH],
    ["播客部分改用 CC BY 4.0，可商用且无需注明出处。", CORPUS_ZH],
    ["Brisk-Large can also be used commercially.", WEIGHTS_EN],
    ["Brisk-Large 也可商用。", WEIGHTS_EN],
  ];
  for (const [claim, text] of cases) assert.ok(refused(claim, text).length > 0, claim);
});

test("the open part open, the restricted part restricted, attribution kept, stands", () => {
  const cases: Array<[string, string]> = [
    ["播客部分改用 CC BY 4.0 许可，可商用，需注明出处。", CORPUS_ZH],
    ["播客部分可以商用。", CORPUS_ZH],
    ["录音棚部分仍仅限学术研究，不可商用。", CORPUS_ZH],
    ["声澜语音库 3.0 的播客部分开放商业使用，录音棚部分只供研究。", CORPUS_ZH],
    ["Brisk-Small can be used commercially under Apache 2.0.", WEIGHTS_EN],
    ["Brisk-Large is research-only; Brisk-Small is open for commercial use.", WEIGHTS_EN],
    ["Brisk-Small 可商用，Brisk-Large 仅供研究。", WEIGHTS_EN],
  ];
  for (const [claim, text] of cases) assert.deepEqual(refused(claim, text), [], claim);
});

// An aside between commas, and the two languages crossed: a code-and-weights release in English and
// in Chinese, no name in common with the entry.
const ASIDE_EN =
  "Tallow Labs published Quill-9 on Monday. The code is Apache 2.0. The weights, however, are for research use only, and the training set stays private.";
const PLAIN_ZH =
  "塔洛实验室周一发布羽笔九号。代码采用 Apache 2.0 许可；模型权重则仅限学术研究使用，不得商用。";

test("a restriction across an aside, or across languages, told as commercial use, is refused", () => {
  const cases: Array<[string, string]> = [
    ["Quill-9's weights can be used commercially.", ASIDE_EN],
    ["The Quill-9 weights, however, can be used commercially.", ASIDE_EN],
    ["Quill-9 的代码和权重均可商用。", ASIDE_EN],
    ["模型权重可商用。", ASIDE_EN],
    ["The weights can be used commercially.", PLAIN_ZH],
    ["The model weights, however, are open for commercial use.", PLAIN_ZH],
  ];
  for (const [claim, text] of cases) assert.ok(refused(claim, text).length > 0, claim);
});

test("the open part told open and the restricted part restricted, across asides and languages, stands", () => {
  const cases: Array<[string, string]> = [
    ["Quill-9's code can be used commercially.", ASIDE_EN],
    ["The code, however, can be used commercially.", ASIDE_EN],
    ["Quill-9 代码可商用，权重仅限研究。", ASIDE_EN],
    ["代码可以商用。", ASIDE_EN],
    ["The code can be used commercially; the weights are research-only.", PLAIN_ZH],
    ["Its code is Apache 2.0 and can be used commercially.", PLAIN_ZH],
    ["The weights, however, are not for commercial use.", PLAIN_ZH],
    ["羽笔九号的代码可用于商业用途。", PLAIN_ZH],
  ];
  for (const [claim, text] of cases) assert.deepEqual(refused(claim, text), [], claim);
});
