// Places as Chinese and English write them: countries, regions and the cities AI news names most. A
// Chinese entry on an English article says 日本 for Japan, 西雅图 for Seattle; checks that read a
// place across languages (pending-states.ts, unnamed-places.ts) look its forms up here.

/** Each place: its Chinese forms, then its English forms. */
const PLACES: readonly (readonly string[])[] = [
  ["中国", "国内", "我国", "China", "Chinese"],
  ["中国大陆", "mainland China"],
  ["美国", "全美", "United States", "US", "U.S.", "USA", "America", "American"],
  ["英国", "United Kingdom", "UK", "U.K.", "Britain", "British"],
  ["日本", "Japan", "Japanese"],
  ["韩国", "South Korea", "Korea", "Korean"],
  ["德国", "Germany", "German"],
  ["法国", "France", "French"],
  ["印度", "India", "Indian"],
  ["加拿大", "Canada", "Canadian"],
  ["澳大利亚", "澳洲", "Australia", "Australian"],
  ["新加坡", "Singapore"],
  ["欧盟", "European Union", "EU", "E.U."],
  ["欧洲", "Europe", "European"],
  ["巴西", "Brazil"],
  ["以色列", "Israel"],
  ["阿联酋", "UAE", "United Arab Emirates"],
  ["沙特", "沙特阿拉伯", "Saudi Arabia", "Saudi"],
  ["荷兰", "Netherlands", "Dutch"],
  ["瑞士", "Switzerland", "Swiss"],
  ["爱尔兰", "Ireland", "Irish"],
  ["西班牙", "Spain"],
  ["意大利", "Italy"],
  ["台湾", "Taiwan"],
  ["香港", "Hong Kong"],
  ["北京", "Beijing"],
  ["上海", "Shanghai"],
  ["深圳", "Shenzhen"],
  ["杭州", "Hangzhou"],
  ["广州", "Guangzhou"],
  ["成都", "Chengdu"],
  ["南京", "Nanjing"],
  ["武汉", "Wuhan"],
  ["苏州", "Suzhou"],
  ["贵安", "Gui'an", "Guian"],
  ["贵阳", "Guiyang"],
  ["东京", "Tokyo"],
  ["首尔", "Seoul"],
  ["伦敦", "London"],
  ["巴黎", "Paris"],
  ["柏林", "Berlin"],
  ["纽约", "New York"],
  ["旧金山", "三藩市", "San Francisco"],
  ["圣何塞", "San Jose"],
  ["圣地亚哥", "San Diego"],
  ["帕洛阿尔托", "Palo Alto"],
  ["山景城", "Mountain View"],
  ["西雅图", "Seattle"],
  ["洛杉矶", "Los Angeles"],
  ["华盛顿", "Washington"],
  ["波士顿", "Boston"],
  ["硅谷", "Silicon Valley"],
  ["特拉华", "Delaware"],
  ["加州", "加利福尼亚", "California"],
  ["得州", "得克萨斯", "Texas"],
  ["奥斯汀", "Austin"],
  ["达拉斯", "Dallas"],
  ["休斯敦", "Houston"],
  ["俄亥俄", "Ohio"],
  ["克利夫兰", "Cleveland"],
  ["辛辛那提", "Cincinnati"],
  ["马萨诸塞", "麻省", "Massachusetts"],
  ["俄勒冈", "Oregon"],
];

/** A US city's state: an article that names the city names the state (旧金山 → 加州). */
const STATE_OF: Record<string, string> = {
  旧金山: "加州",
  圣何塞: "加州",
  圣地亚哥: "加州",
  帕洛阿尔托: "加州",
  山景城: "加州",
  洛杉矶: "加州",
  硅谷: "加州",
  奥斯汀: "得州",
  达拉斯: "得州",
  休斯敦: "得州",
  克利夫兰: "俄亥俄",
  辛辛那提: "俄亥俄",
  波士顿: "马萨诸塞",
};
/**
 * Names that may mean a place and may not: 德州 is Texas and a city in Shandong. Never read as a
 * place, but an article that says one is taken to name it (no verdict either way).
 */
const LOOSE: Record<string, readonly string[]> = { 得州: ["德州"] };

/** Every form that names a place in an article: its own, its cities', and loose names for it. */
export function namingForms(forms: readonly string[]): string[] {
  const cities = PLACES.filter((p) => STATE_OF[p[0]!] === forms[0]).flat();
  return [...forms, ...cities, ...(LOOSE[forms[0]!] ?? [])];
}

const HAN = /[\u4e00-\u9fff]/;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** One pattern per place, matching any of its forms (English forms as whole words). */
const PATTERNS = PLACES.map(
  (forms) =>
    new RegExp(
      forms
        .map((f) => (HAN.test(f) ? esc(f) : `(?<![A-Za-z])${esc(f)}(?![A-Za-z])`))
        .sort((a, b) => b.length - a.length)
        .join("|"),
      "g",
    ),
);

export interface PlaceMention {
  /** Every form of the place, Chinese and English. */
  forms: readonly string[];
  raw: string;
  index: number;
}

/** The places `text` names, each with where and as what. A longer place wins (中国大陆 over 中国). */
export function findPlaces(text: string): PlaceMention[] {
  const found: PlaceMention[] = [];
  PATTERNS.forEach((re, i) => {
    for (const m of text.matchAll(re)) found.push({ forms: PLACES[i]!, raw: m[0], index: m.index });
  });
  found.sort((a, b) => a.index - b.index || b.raw.length - a.raw.length);
  const out: PlaceMention[] = [];
  for (const p of found) {
    const last = out[out.length - 1];
    if (last && p.index < last.index + last.raw.length) continue;
    out.push(p);
  }
  return out;
}

/** The forms of each place `text` names, once per place. */
export function placeForms(text: string): string[][] {
  const seen = new Set<readonly string[]>();
  const out: string[][] = [];
  for (const p of findPlaces(text))
    if (!seen.has(p.forms)) {
      seen.add(p.forms);
      out.push([...p.forms]);
    }
  return out;
}
