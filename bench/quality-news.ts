// The quality bench's checks that an offline entry reads like news rather than excerpts (v9): the
// 一句话摘要 is one sentence that opens with the news, a labelled list stands under its lead-in, and no
// bullet leans on a sentence the reader does not see or only sets the scene. Written apart from the
// analyser's own rules (src/analyse/offline/one-sentence.ts, list-leads.ts, leaning.ts).
import type { Bullet, Entry } from "../src/model/index.ts";
import { labelledListsOf, SCENE_LEAD, sentenceCount, squash } from "./quality-checks.ts";

export const NEWS_TALLY = { oneSentence: [0, 0], leads: [0, 0], leaning: [0, 0], resourceLines: [0, 0] };
export type NewsKey = keyof typeof NEWS_TALLY;

export const NEWS_ROWS: [string, NewsKey, number][] = [
  ["entries whose 相关资源 lines all read **label**: URL（— title）in the Markdown", "resourceLines", 1],
  ["summaries of one sentence, not opening with a scene (为了…，业界 / 当…时 / 随着…)", "oneSentence", 1],
  ["entries showing labelled lists under their lead-in (no item at the top level)", "leads", 1],
  [
    "entries with no bullet leaning on an unseen sentence (更重要的是, 另一个…, X 也/则…) or only setting the scene",
    "leaning",
    1,
  ],
];

/**
 * A bullet that leans on the sentence before it: a ranking opener (更重要的是), "another" (另一个风险),
 * a contrast (相比之下), or an "as before / in contrast" adverb right after a short subject
 * (Karpathy 也坦言, 转向则…, 报告因此…); not 规则/原则/否则, nor 也许.
 */
export const LEANING =
  /^(?:更重要的是|更关键的是|最重要的是|除此之外|不仅如此|另一(?:个|种|类|项|方面)|相比之下|与之相比|相反[，,])|^[^，,。：:；;“”]{1,14}?(?:也(?!许)|(?<![规原否准法细守总实])则|因此|因而)[\u4e00-\u9fff]/;
/** A bullet that only sets the scene: what a thing set out to do, or how things used to be done. */
export const SCENE_BULLET =
  /^[^，,。；;]{1,20}的(?:出发点|初衷|本意)[，,]?(?:是|在于)|^过去的?[^，,。\d]{0,12}(?:通常|往往|一般|普遍|大多)|^(?:不少|很多|许多)[^。；;\d]{1,48}?都会/;

export interface NewsCheck {
  key: NewsKey;
  ok: boolean;
  miss: string;
}

export function newsChecks(entry: Entry, articleText: string): NewsCheck[] {
  const sections = [entry.core, entry.results, entry.insights];
  const all = sections.flatMap((s) => flatten(s.bullets));
  const top = sections.flatMap((s) => s.bullets.map((b) => squash(b.text)));
  // A labelled list shown (two items or more) stands under its lead-in: no item at the top level.
  const shown = squash(all.join("\n"));
  const loose = labelledListsOf(articleText).filter((items) => {
    const keys = items.map((item) => squash(item).slice(0, 14));
    return (
      keys.filter((k) => shown.includes(k)).length >= 2 && keys.some((k) => top.some((t) => t.startsWith(k)))
    );
  });
  // List items ("规则系统应用：…") open with their label, not a subject: not judged for leaning.
  const leaning = all.filter(
    (b) => !/^[^，,。：:；;]{2,16}[：:]/.test(b) && (LEANING.test(b.trim()) || SCENE_BULLET.test(b.trim())),
  );
  return [
    {
      key: "oneSentence",
      ok: sentenceCount(entry.summary) === 1 && !SCENE_LEAD.test(entry.summary),
      miss: `summary is not one sentence of news: ${entry.summary}`,
    },
    {
      key: "leads",
      ok: loose.length === 0,
      miss: `list items without their lead-in: ${loose.map((l) => l.join(" / ")).join(" | ")}`,
    },
    {
      key: "leaning",
      ok: leaning.length === 0,
      miss: `bullets leaning on an unseen sentence or only setting the scene: ${leaning.join(" | ")}`,
    },
  ];
}

function flatten(bullets: Bullet[]): string[] {
  return bullets.flatMap((b) => [b.text, ...flatten(b.children ?? [])]);
}

/**
 * The 相关资源 lines of a rendered Markdown briefing that are not in the one style: "- **label**: URL",
 * optionally " — title" after it (docs/channels.md); never "[title](url)" nor a bare title.
 */
export function oddResourceLines(markdown: string): string[] {
  const lines = markdown.split("\n");
  const out: string[] = [];
  let inside = false;
  for (const line of lines) {
    if (line.startsWith("#### ")) inside = line.includes("相关资源");
    else if (line.startsWith("---") || line.startsWith("## ")) inside = false;
    else if (inside && line.startsWith("- ") && line !== "- 原文未提供") {
      if (!/^- \*\*[^*]+\*\*: https?:\/\/[^\s\]()]+(?: — [^\]]+)?$/.test(line)) out.push(line);
    }
  }
  return out;
}
