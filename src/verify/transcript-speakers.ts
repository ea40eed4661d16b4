// Who said it in a transcript: an interview or roundtable prints each turn as "易帆：…" on its own
// line, and the entry retells a turn as "陆青禾认为通用 Agent 两年内都不会真正可用" when it is 易帆's.
// indirect-speakers.ts finds the speaker in the sentence or the two before it, by a surname list: a
// turn of several sentences, or a name whose surname is not listed, hands the words to the speaker of
// an earlier turn. Here the speaker of every line is its label; an entry's "<label> 认为/称/表示 <words>"
// is refused when the line that best holds its words (half of them at least) is another label's, and
// no line of this label holds as many.
import { contentWords } from "./figure-words.ts";
import type { ArticleIndex } from "./index-article.ts";

export interface SpeakerClaim {
  person: string;
  words: Set<string>;
  raw: string;
  index: number;
  end: number;
}

/** A turn's label: a short name (2-4 Chinese characters, or a Latin name) and a colon, heading a line. */
const TURN = /^\s*([\u4e00-\u9fff]{2,4}|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})\s*[：:]\s*(.+)$/gm;
/** Labels that head a line but are no speaker of the article. */
const NOT_SPEAKER =
  /^(?:编辑|作者|来源|记者|参考链接|参考|链接|图|注|原文|论文|地址|项目|报道|导读|Source|Editor|Link)/;
const VERBS = "表示|称|认为|指出|强调|坦言|直言|透露|说|提到|补充|回应|承认|解释|says|said|argues|believes";
const SAME = 0.5;

interface Turn {
  speaker: string;
  words: Set<string>;
}

const cache = new WeakMap<ArticleIndex, Turn[]>();

function turnsOf(index: ArticleIndex): Turn[] {
  const known = cache.get(index);
  if (known) return known;
  const turns = [...index.text.matchAll(TURN)]
    .filter((m) => !NOT_SPEAKER.test(m[1]!))
    .map((m) => ({ speaker: m[1]!, words: contentWords(m[2]!) }));
  // A transcript has at least two speakers, each with a turn (a lone "作者：" line is not one).
  const speakers = new Set(turns.map((t) => t.speaker));
  const result = speakers.size >= 2 ? turns : [];
  cache.set(index, result);
  return result;
}

export function findSpeakerClaims(text: string, index: ArticleIndex): SpeakerClaim[] {
  const turns = turnsOf(index);
  if (!turns.length) return [];
  const out: SpeakerClaim[] = [];
  for (const person of new Set(turns.map((t) => t.speaker))) {
    const esc = person.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const says = new RegExp(
      `${esc}\\s*(?:则|也|还)?\\s*(?:${VERBS})\\s*[：:,，]?\\s*([^。！？!?\\n]{4,120})`,
      "g",
    );
    for (const m of text.matchAll(says)) {
      const words = contentWords(m[1]!);
      if (words.size >= 3) out.push({ person, words, raw: m[0], index: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

export function checkSpeakerClaim(
  claim: SpeakerClaim,
  index: ArticleIndex,
): { supported: boolean; reason: string } {
  const held = (t: Turn) => [...claim.words].filter((w) => t.words.has(w)).length / claim.words.size;
  let own = 0;
  let other = { score: 0, speaker: "" };
  for (const t of turnsOf(index)) {
    const score = held(t);
    if (t.speaker === claim.person) own = Math.max(own, score);
    else if (score > other.score) other = { score, speaker: t.speaker };
  }
  if (other.score < SAME || own >= other.score)
    return { supported: true, reason: "no other speaker's turn holds these words better" };
  return {
    supported: false,
    reason: `in the article it is ${other.speaker} who says it, not ${claim.person}`,
  };
}
