// An interview written as a transcript ("量子位：为什么…？" / "许临：模型架构…"): a bullet cut from it
// opens with the speaker's label, which reads as an excerpt, and a reader cannot tell a label from a
// list item's name. The answer is given as reported speech instead: "许临表示，模型架构…".
import type { Bullet, Section } from "../../model/entry.ts";

/** "许临：…", "Boris：…": a short name, a full-width or ASCII colon, then the words. */
const SPEAKER_LINE = /^([\u4e00-\u9fff]{2,4}|[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)\s*[：:]\s*(\S.*)$/;

/**
 * The speakers of a transcript: labels that open at least two lines of the article, where some other
 * label's lines ask questions (？ at the end). A list ("服务说明：…", "安全评估报告：…") has no
 * asker, and each of its labels opens one line.
 */
export function transcriptSpeakers(articleText: string): Set<string> {
  const lines = new Map<string, string[]>();
  for (const line of articleText.split(/\n+/)) {
    const m = line.trim().match(SPEAKER_LINE);
    if (m) lines.set(m[1]!, [...(lines.get(m[1]!) ?? []), m[2]!]);
  }
  const asks = (said: string[]) => said.filter((s) => /[？?]\s*$/.test(s)).length >= 2;
  const askers = [...lines].filter(([, said]) => asks(said)).map(([name]) => name);
  if (askers.length === 0) return new Set();
  return new Set(
    [...lines].filter(([name, said]) => said.length >= 2 && !askers.includes(name)).map(([n]) => n),
  );
}

function attribute(bullet: Bullet, speakers: Set<string>): Bullet {
  const m = bullet.text.match(SPEAKER_LINE);
  const text = m && speakers.has(m[1]!) ? `${m[1]}表示，${m[2]}` : bullet.text;
  const children = bullet.children?.map((c) => attribute(c, speakers));
  return { ...bullet, text, ...(children ? { children } : {}) };
}

/** The section with every transcript answer given as "X 表示，…". */
export function attributeAnswers(section: Section, speakers: Set<string>): Section {
  if (speakers.size === 0) return section;
  return { ...section, bullets: section.bullets.map((b) => attribute(b, speakers)) };
}
