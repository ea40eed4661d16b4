// A generated window of earlier days for cross-day matching at scale (made up for daybrief): many
// background stories built from small pools (a few dozen title fragments, labs and a few hundred
// paragraphs), so common title words, org names, figures and whole paragraphs recur across the
// window as they do on real days; and planted pairs, an earlier story and today's story about it:
// a repeat (the text lightly edited), a follow-up sharing only names and figures (new text, new
// title wording), and a follow-up naming the same versioned model.
import type { ClusterInput } from "../article-features.ts";
import { clusterArticles } from "../cluster-articles.ts";
import { type EarlierStory, shiftDay } from "../match-earlier-stories.ts";
import { mulberry32 } from "./generate-articles.ts";

export type PlantedKind = "repeat" | "follow-up by names" | "follow-up by version";

export interface PlantedPair {
  kind: PlantedKind;
  earlierId: number;
  todayId: number;
}

export interface GeneratedWindow {
  /** Earlier days, oldest first. */
  days: { date: string; articles: ClusterInput[] }[];
  date: string;
  today: ClusterInput[];
  planted: PlantedPair[];
}

const HAN =
  "天地人和风云山水日月星辰江河湖海春夏秋冬东南西北金木火土花草树林光明长城高铁城市乡村书画诗词歌舞数据模型智能算力芯片训练推理开源发布升级生态平台用户企业市场团队研究论文评测";
const VERBS = ["发布", "推出", "宣布", "公布", "上线"];
const KNOWN_ORGS = ["OpenAI", "谷歌", "微软", "英伟达", "阿里", "百度", "腾讯", "字节", "智谱", "月之暗面"];
const COMMON_FIGURES = ["2026年", "3倍", "10亿", "50%", "100万", "1000亿"];
const SYLLABLES = "Lu Men Xo Ra Ki Vo Ne Ta Sol Dri Fen Qu Za Bel Mor Tis".split(" ");
const SUFFIXES = ["Studio", "Pro", "Code", "Max", "Lite", "Plus"];

export function generateWindow(options: {
  days: number;
  perDay: number;
  today: number;
  /** Planted pairs per earlier day (each kind in turn). */
  plantedPerDay: number;
  seed: number;
  date?: string;
}): GeneratedWindow {
  const rand = mulberry32(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const word = (length: number) => Array.from({ length }, () => pick([...HAN])).join("");
  const fragments = Array.from({ length: 120 }, () => word(2 + Math.floor(rand() * 3)));
  const labs = [...KNOWN_ORGS, ...Array.from({ length: 150 }, () => `${word(2)}科技`)];
  const paragraphs = Array.from(
    { length: 300 },
    () => `${Array.from({ length: 6 }, () => word(4 + Math.floor(rand() * 4))).join("，")}。`,
  );
  const figure = () => `${Math.floor(rand() * 9000) + 10}${pick(["亿", "万", "%", "倍", "个"])}`;
  let nextId = 1;
  const article = (date: string, title: string, text: string): ClusterInput => {
    const id = nextId++;
    return {
      id,
      title,
      text,
      url: `https://window.example/${date}/${id}`,
      sourceId: `s${id % 7}`,
      publishedAt: `${date}T0${id % 10}:00:00.000Z`,
    };
  };
  const background = (date: string) => {
    const body = Array.from({ length: 5 + Math.floor(rand() * 4) }, () => pick(paragraphs));
    // Its own sentence and figures, so two background stories never share their whole text.
    body.splice(1, 0, `${word(30)}，${pick(COMMON_FIGURES)}，${figure()}，${figure()}。`);
    return article(
      date,
      `${pick(labs)}${pick(VERBS)}${pick(fragments)}：${pick(fragments)}，${pick(fragments)}${word(2)}`,
      body.join("\n"),
    );
  };
  const from = options.date ?? "2026-03-20";
  const planted: PlantedPair[] = [];
  const todayDate = from;
  const today: ClusterInput[] = [];
  const days: GeneratedWindow["days"] = [];
  const kinds: PlantedKind[] = ["repeat", "follow-up by names", "follow-up by version"];
  for (let d = options.days; d >= 1; d--) {
    const date = shiftDay(from, -d);
    const articles = Array.from({ length: options.perDay }, () => background(date));
    for (let p = 0; p < options.plantedPerDay; p++) {
      const kind = kinds[(d + p) % kinds.length]!;
      const lab = `${word(2)}${pick(["智能", "实验室", "研究院"])}`;
      const product = `${pick(SYLLABLES)}${pick(SYLLABLES).toLowerCase()} ${pick(SUFFIXES)}`;
      const model = `${pick(SYLLABLES)}${pick(SYLLABLES).toLowerCase()}-${1 + Math.floor(rand() * 8)}.${Math.floor(rand() * 10)}`;
      const name = kind === "follow-up by version" ? model : product;
      const facts = [figure(), figure(), figure()];
      const text = [
        `${lab}今天${pick(VERBS)}${name}，${facts.join("，")}。`,
        ...Array.from({ length: 4 }, () => `${word(40)}。`),
        pick(paragraphs),
      ].join("\n");
      const first = article(date, `${lab} ${pick(VERBS)} ${name}：${word(4)}${pick(fragments)}`, text);
      articles.push(first);
      let later: ClusterInput;
      if (kind === "repeat") {
        // A light edit of the same text; the title reworded around the same name.
        const edited = text.replace(/[\u4e00-\u9fff]{4}。/g, (s) => (rand() < 0.3 ? `${word(4)}。` : s));
        later = article(todayDate, `${name}来了：${lab}${pick(VERBS)}${word(3)}`, edited);
      } else {
        // New text (no paragraph in common); the same lab and name, old figures and new ones.
        later = article(
          todayDate,
          `${lab} ${name}更新：${word(4)}，${pick(fragments)}`,
          [
            `${lab}今天更新${name}，此前${facts[0]}、${facts[1]}，如今${figure()}，${figure()}。`,
            ...Array.from({ length: 3 }, () => `${word(40)}。`),
          ].join("\n"),
        );
      }
      today.push(later);
      planted.push({ kind, earlierId: first.id, todayId: later.id });
    }
    days.push({ date, articles });
  }
  for (let n = 0; n < options.today; n++) today.push(background(todayDate));
  return { days, date: todayDate, today, planted };
}

/** A day's articles clustered and stored as the store keeps them: one row per story. */
export function storiesAsStored(date: string, articles: ClusterInput[]): EarlierStory[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return clusterArticles(articles).map((c) => ({
    date,
    storyKey: c.key,
    signature: c.signature,
    title: c.title,
    url: byId.get(c.primary)!.url,
  }));
}
