// The quality bench's checks of what a demanding reader trips on (v10): a summary that states no
// finding, a summary of three clauses or more, a bullet pointing at a thing no earlier line names
// (这种核查的成本, 这些问题的答案), a list lead-in without a subject (四类场景：), and (v12) a Chinese
// summary longer than a glance (> 80 characters). Written apart
// from the analyser's own rules.
import type { Bullet, Entry } from "../src/model/index.ts";
import { squash } from "./quality-checks.ts";

export const READER_TALLY = {
  finding: [0, 0],
  clauses: [0, 0],
  pointers: [0, 0],
  leadIns: [0, 0],
  length: [0, 0],
};
export type ReaderKey = keyof typeof READER_TALLY;

export const READER_ROWS: [string, ReaderKey, number][] = [
  ["summaries stating the article's finding (labelled finding)", "finding", 0.8],
  ["summaries of at most two clauses (one ；/; at most)", "clauses", 1],
  ["entries with no bullet pointing at a thing nothing shown names (这种核查的成本)", "pointers", 1],
  ["entries whose list lead-ins have a subject (not a bare 四类场景：)", "leadIns", 1],
  ["Chinese summaries of at most 80 characters (v12)", "length", 1],
];

/** The most characters a Chinese 一句话摘要 may have: a reader takes it in at a glance. */
export const CHINESE_SUMMARY_MAX = 80;

/**
 * A demonstrative and the noun it points at ("这种核查", "这些问题", "这样的系统", "这番论述"); a
 * modifier (新, 被称为) skipped. Not one right after a name ("MMLU 这类题库": the name is what it means).
 */
const POINTER =
  /(?<![A-Za-z0-9\s])(?:这|那)(?:种|些|个|样的|番|场|项|类|一)(?:新|旧)?(?!被称为|叫做)([\u4e00-\u9fff][^的\s，。；：,;:、“”]?)/g;
/** Demonstratives of time or amount, not pointers at a thing (这一次, 这些年, 这个月). */
const NOT_A_THING = /^(?:次|年|月|天|周|时|刻|轮|回|段|里|边|点上)/;

/** The pointer phrases of a bullet whose noun neither the bullet before it nor anything shown earlier names. */
export function unseenPointers(text: string, shownBefore: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(POINTER)) {
    const noun = m[1]!;
    if (noun.length < 2 || NOT_A_THING.test(noun)) continue;
    // Resumptive: "哪些事、哪些环节最容易出错，这些东西…" sums up the list just before it.
    const clause =
      text
        .slice(0, m.index)
        .split(/[。！？]/)
        .pop() ?? "";
    if (/、|哪些|什么/.test(clause)) continue;
    const before = shownBefore + text.slice(0, m.index);
    // The noun or its first character's word ("核查" in 核查仓库, "问题" in 问题是) named earlier.
    if (before.includes(noun)) continue;
    out.push(m[0]);
  }
  return out;
}

/** A list lead-in that is only a heading noun phrase ("四类场景：", "三个模块：") with no subject nor verb. */
export function subjectlessLeadIn(text: string): boolean {
  const body = text.trim().replace(/[：:]$/, "");
  if (body === text.trim()) return false;
  return (
    body.length <= 8 && !/[A-Za-z]/.test(body) && !/是|有|包括|提出|介绍|分为|给出|设计|覆盖|包含/.test(body)
  );
}

export interface ReaderCheck {
  key: ReaderKey;
  ok: boolean;
  miss: string;
}

export function readerChecks(entry: Entry, finding: string[] | undefined): ReaderCheck[] {
  const out: ReaderCheck[] = [];
  if (finding && finding.length > 0) {
    const ok = finding.some((f) => squash(entry.summary).includes(squash(f)));
    out.push({
      key: "finding",
      ok,
      miss: `summary states no finding (${finding.join(" / ")}): ${entry.summary}`,
    });
  }
  if (/[\u4e00-\u9fff]/.test(entry.summary)) {
    const chars = [...entry.summary.trim()].length;
    out.push({
      key: "length",
      ok: chars <= CHINESE_SUMMARY_MAX,
      miss: `Chinese summary of ${chars} characters: ${entry.summary}`,
    });
  }
  const parts = entry.summary.split(/；|;\s/).length;
  out.push({ key: "clauses", ok: parts <= 2, miss: `summary of ${parts} clauses: ${entry.summary}` });
  let shown = entry.summary;
  const pointing: string[] = [];
  const leadIns: string[] = [];
  const visit = (bullets: Bullet[]) => {
    for (const b of bullets) {
      const found = unseenPointers(b.text, shown);
      if (found.length > 0) pointing.push(`${found.join("/")} in ${b.text}`);
      if ((b.children?.length ?? 0) > 0 && subjectlessLeadIn(b.text)) leadIns.push(b.text);
      shown += b.text;
      visit(b.children ?? []);
    }
  };
  for (const section of [entry.core, entry.results, entry.insights]) visit(section.bullets);
  out.push({
    key: "pointers",
    ok: pointing.length === 0,
    miss: `bullets pointing at nothing shown: ${pointing.join(" | ")}`,
  });
  out.push({
    key: "leadIns",
    ok: leadIns.length === 0,
    miss: `list lead-ins without a subject: ${leadIns.join(" | ")}`,
  });
  return out;
}
