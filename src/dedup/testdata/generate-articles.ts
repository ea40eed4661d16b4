import type { ClusterInput } from "../article-features.ts";

/** Common Han characters: the alphabet of the generated "words". */
const HAN =
  "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严";

/** A small seeded generator (mulberry32), so generated sets are reproducible. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` articles; about 12% in planted groups of 2–4: a repost (same body, new title), a light
 * edit (a tenth of the words swapped, a sentence dropped) or a rewrite (same model name and
 * figures, a third of the sentences reused). group[i] is the planted group or -1.
 */
export function generateArticles(count: number, seed: number): { inputs: ClusterInput[]; group: Int32Array } {
  const rand = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const vocab = Array.from({ length: 8000 }, () => {
    const n = 2 + Math.floor(rand() * 3);
    let w = "";
    for (let i = 0; i < n; i++) w += HAN[Math.floor(rand() * HAN.length)];
    return w;
  });
  const orgs = [
    "OpenAI",
    "谷歌",
    "微软",
    "英伟达",
    "阿里",
    "百度",
    "腾讯",
    "字节",
    "智谱",
    "月之暗面",
    "Anthropic",
    "Meta",
  ];
  const word = () => pick(vocab);
  const figure = () =>
    `${Math.floor(rand() * 9000) + 10}${pick(["亿", "万", "%", "倍", "美元", "个", "小时"])}`;
  const syllables =
    "Xin Zhi Lan Hua Yun Tian Feng Shu Ling Mo Qi Xing Guang Hai Jin Ruo Wei Yan Zhu Kai".split(" ");
  const model = () =>
    `${pick(syllables)}${pick(syllables)}${pick(["", "Bot", "LM", "VL"])}-${Math.floor(rand() * 9) + 1}.${Math.floor(rand() * 10)}`;
  const sentence = (facts: string[]) => {
    const words = Array.from({ length: 8 + Math.floor(rand() * 8) }, word);
    if (facts.length > 0 && rand() < 0.5) words.splice(Math.floor(rand() * words.length), 0, pick(facts));
    return `${words.join("")}。`;
  };
  const story = () => {
    const name = model();
    const facts = Array.from({ length: 6 }, figure);
    const sentences = Array.from({ length: 14 + Math.floor(rand() * 10) }, () => sentence(facts));
    const org = pick(orgs);
    return {
      name,
      facts,
      sentences,
      org,
      title: `${org}${word()}${name}${word()}${word()}，${word()}${pick(facts)}`,
    };
  };
  const inputs: ClusterInput[] = [];
  const group: number[] = [];
  let groupId = 0;
  const push = (title: string, text: string, g: number) => {
    const id = inputs.length + 1;
    inputs.push({
      id,
      title,
      text,
      url: `https://example.com/${id}`,
      sourceId: `s${id % 7}`,
      publishedAt: new Date(Date.UTC(2026, 1, 4, 0, id % 1440)).toISOString(),
    });
    group.push(g);
  };
  while (inputs.length < count) {
    const s = story();
    if (rand() >= 0.05) {
      push(s.title, s.sentences.join("\n"), -1);
      continue;
    }
    const g = groupId++;
    push(s.title, s.sentences.join("\n"), g);
    const copies = 1 + Math.floor(rand() * 3);
    for (let c = 0; c < copies && inputs.length < count; c++) {
      const kind = pick(["repost", "edit", "rewrite"] as const);
      if (kind === "repost") {
        push(
          `${word()}${word()}：${s.name}${word()}${word()}`,
          `本文转自${s.org}。\n${s.sentences.join("\n")}`,
          g,
        );
      } else if (kind === "edit") {
        const edited = s.sentences
          .filter(() => rand() > 0.08)
          .map((x) => (rand() < 0.15 ? sentence(s.facts) : x));
        push(`${s.title}${word()}`, edited.join("\n"), g);
      } else {
        const kept = s.sentences.filter(() => rand() < 0.3);
        const fresh = Array.from({ length: 10 }, () => sentence(s.facts));
        const facts = `${s.facts.slice(0, 5).join("，")}。`;
        push(
          `${word()}${s.name}${word()}${s.org}${word()}${pick(s.facts)}`,
          [...fresh, facts, ...kept].join("\n"),
          g,
        );
      }
    }
  }
  return { inputs, group: Int32Array.from(group) };
}

