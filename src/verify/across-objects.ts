// Whether two stretches in different languages are about the same thing: a Chinese one's dictionary
// words (权重, 代码, 数据集 …, bilingual-words.ts) met in an English one ("weights", "code"). Same-language
// stretches are compared by their own words elsewhere (step-objects.ts sameObject); Latin names are
// already compared there too, so here only translated words count. Words that say what is granted or
// restricted (商用, 研究, 许可, 开源) and words any release has (模型, 公司) name no thing.
import { conceptsOf, englishWords, meets } from "./bilingual-words.ts";

const HAN = /[\u4e00-\u9fff]/;
/** Dictionary keys that name no particular thing. */
const NO_THING = /商|研究|学术|许可|开源|开放|发布|推出|上线|^(?:大)?模型$|公司|测试/;

export function sameThingAcross(a: string, b: string): boolean {
  const [hanA, hanB] = [HAN.test(a), HAN.test(b)];
  if (hanA === hanB) return false;
  const [zh, en] = hanA ? [a, b] : [b, a];
  const words = englishWords(en);
  return conceptsOf(zh).some((c) => HAN.test(c.key) && !NO_THING.test(c.key) && meets(c, words));
}
