import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

const refused = (article: string, claim: string, what: RegExp) => {
  const index = indexArticle({ title: "新闻", publisher: "测试号", links: [], text: article });
  return checkTextFacts(claim, index).filter((f) => !f.supported && what.test(f.reason)).length;
};
const ADMIT = /denial told as an admission/;
const FIND = /allegation told as a finding/;

const SUIT = `Three photographers sued Pixwell in a Boston court on Monday, alleging that its image model copied their portfolios without a licence. The complaint says Pixwell scraped 40,000 photos in 2025.

Pixwell denies the claims. "We only used images we licensed," a spokesperson said. No trial date has been set.`;
const SUIT_ZH = `三名摄影师周一起诉 Pixwell，指控其图像模型未经许可复制作品。起诉书称 Pixwell 于 2025 年抓取了 4 万张照片。Pixwell 否认上述指控，称只使用了获授权的图片。`;

test("a denial told as an admission, an allegation told as a court's finding, is refused", () => {
  assert.equal(refused(SUIT, "Pixwell 发言人承认抓取了部分未授权照片。", ADMIT), 1);
  assert.equal(refused(SUIT, "Pixwell admitted that it scraped the photos.", ADMIT), 1);
  assert.equal(refused(SUIT_ZH, "Pixwell 承认使用了未授权图片。", ADMIT), 1);
  assert.equal(refused(SUIT, "法院查明 Pixwell 于 2025 年抓取了 4 万张照片。", FIND), 1);
  assert.equal(refused(SUIT, "The court found that Pixwell scraped 40,000 photos.", FIND), 1);
  assert.equal(refused(SUIT_ZH, "法院认定 Pixwell 抓取了 4 万张照片。", FIND), 1);
});

test("an admission or a finding the article reports, or an allegation kept, stands", () => {
  assert.equal(refused(SUIT, "Pixwell 否认指控，称只使用获授权图片。", ADMIT), 0);
  assert.equal(refused(SUIT, "起诉书称 Pixwell 于 2025 年抓取 4 万张照片。", FIND), 0);
  assert.equal(refused(SUIT, "Pixwell 不承认侵权。", ADMIT), 0);
  const admitted = "Pixwell acknowledged that 300 photos were used by mistake and apologised.";
  assert.equal(refused(admitted, "Pixwell 承认误用了 300 张照片。", ADMIT), 0);
  const ruled = "A judge in Boston ruled that Pixwell copied the photos, after the complaint alleged it.";
  assert.equal(refused(ruled, "法院认定 Pixwell 复制了照片。", FIND), 0);
  assert.equal(
    refused(
      "法院经审理查明，被告抓取了 4 万张照片。原告起诉称被告侵权。",
      "法院查明被告抓取了 4 万张照片。",
      FIND,
    ),
    0,
  );
  assert.equal(refused("Pixwell released a new image model today.", "The court ruled for Pixwell.", FIND), 0);
});

// The claim's own object decides: a denial of one thing and a confirmation of another; a ruling on a
// motion that lets a case go on; and a ruling sentence whose open part only retells the claims.
const SPLIT = `Painters sued Brushly, alleging its app copied their styles. Brushly denied the accusations but confirmed it had been served with the suit.`;
const SPLIT_ZH = `画家们起诉笔趣公司，指控其应用模仿画风。笔趣公司否认了上述指控，但证实已收到法院传票。`;
const MOTION = `Painters sued Brushly, alleging its app copied their styles. On Monday the judge denied Brushly's motion to end the case early, so it moves toward trial.`;
const MOTION_ZH = `画家们起诉笔趣公司，指控其应用模仿画风。周一法官驳回了笔趣公司的驳回起诉申请，案件将进入审理阶段。`;
const OPEN = `Painters sued Brushly, alleging its app copied their styles. The judge dismissed one of the three claims; the copying claim goes to trial in May.`;

test("an admission of what the article confirms, or a ruling on a motion, stands", () => {
  assert.equal(refused(SPLIT, "Brushly acknowledged that it had been served with the suit.", ADMIT), 0);
  assert.equal(refused(SPLIT_ZH, "笔趣公司否认指控，但承认已收到法院传票。", ADMIT), 0);
  assert.equal(refused(MOTION, "The judge ruled the case can move toward trial.", FIND), 0);
  assert.equal(refused(MOTION_ZH, "法官裁定案件进入审理阶段。", FIND), 0);
  assert.equal(refused(OPEN, "The judge ruled one of the three claims out.", FIND), 0);
});

test("an admission of what the article denies, or a finding on a claim still open, is refused", () => {
  assert.equal(refused(SPLIT, "Brushly admitted that its app copied the painters' styles.", ADMIT), 1);
  assert.equal(refused(SPLIT_ZH, "笔趣公司承认应用模仿了画风。", ADMIT), 1);
  assert.equal(refused(OPEN, "The court found that Brushly copied the painters' styles.", FIND), 1);
});
