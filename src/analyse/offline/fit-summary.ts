// A Chinese 一句话摘要 a reader takes in at a glance: at most FIT_SUMMARY characters, spaces counted
// (trim-summary.ts has already cut a long news part's description). Past that, in order, while it is
// still too long: the opening date or time word goes ("11 月 28 日，", "近日，": the briefing is
// the day's); a second part that names the subject again joins the first without it ("X 开源了 M；
// 在 B 上，M 取得 68.2%" → "X 开源了 M，在 B 上取得 68.2%"). Its second part is never cut: it holds
// the finding or the headline's figure (tried: cutting it cost both rows of the quality bench).
// Still too long, whole clauses go from the ends of the parts (drop-clauses.ts), never mid-clause.
import { dropClauses } from "./drop-clauses.ts";

export const FIT_SUMMARY = 80;
const TIME_LEAD =
  /^(?:\d{1,2}\s*月\s*\d{1,2}\s*日|近日|日前|现在|目前|今天|今日|昨天|本周|上周|刚刚|就在刚刚|就在今天凌晨)[，,]\s*/;
/** "在 SWE-bench Verified 上，" or nothing, then the subject, then what it did. */
const PLACE_THEN_SUBJECT = /^(在[^，；。]{1,30}?上)?[，,]?\s*/;

const length = (s: string) => [...s.trim()].length;

export function fitSummary(
  summary: string,
  options: { subject?: string; headlineFigures?: readonly string[] },
): string {
  if (!/[\u4e00-\u9fff]/.test(summary) || length(summary) <= FIT_SUMMARY) return summary;
  const text = summary.replace(TIME_LEAD, "");
  if (length(text) <= FIT_SUMMARY) return text;
  const at = text.indexOf("；");
  // The subject is kept like the headline's figure: a summary that drops it is about nothing.
  const keep = [...(options.headlineFigures ?? []), ...(options.subject ? [options.subject] : [])];
  const last = (t: string) => dropClauses(t, FIT_SUMMARY, keep);
  if (at < 0) return last(text);
  const [first, second] = [text.slice(0, at), text.slice(at + 1)];
  const subject = options.subject;
  if (subject && first.includes(subject)) {
    const place = second.match(PLACE_THEN_SUBJECT)!;
    const rest = second.slice(place[0].length);
    if (rest.startsWith(subject)) {
      const verb = rest.slice(subject.length).replace(/^\s*(?:的)?/, "");
      const joined = `${first}，${place[1] ? `${place[1]}` : ""}${verb}`;
      // "M 的正确率达到" keeps its 的 only when it stays a noun phrase: then the join would not read.
      if (!/^的/.test(rest.slice(subject.length).trim()) && length(joined) <= FIT_SUMMARY) return joined;
    }
  }
  return last(text);
}
