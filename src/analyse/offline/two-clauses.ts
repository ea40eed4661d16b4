// A 一句话摘要 of three clauses or more ("OpenClaw 可能是…最火的开源智能体；安全研究者提醒：…；过去两个
// 月，项目在 GitHub 上累计获得约 10 万星标。") reads like the article's first paragraph joined with
// semicolons. It is cut to two: a closing clause that carries no headline figure goes ("；本文梳理其中的
// 几个关键阶段。"); else, when the headline figure's clause calls the subject by a generic noun
// (项目, 该模型) and a frame before the news only named it, the subject's name takes the noun's place
// and that clause leads in the frame's stead. Otherwise the summary stays as it is.
import { isLatinText } from "./sentences.ts";

/** A generic noun standing for the subject at a clause's start (after a short time phrase). */
const GENERIC_SUBJECT =
  /^((?:[^，,。；]{0,10}[，,]\s*)?)(?:该|这个|这款|这一)?(项目|产品|模型|框架|工具|智能体|平台|系统)(?=[^，,。；]{0,4}(?:在|累计|已|获得|达到|拿下|突破|共))/;

export interface ClauseContext {
  /** The title's named thing (OpenClaw), if any. */
  subject?: string;
  /** The figures the headline states, spaces squashed. */
  headlineFigures: readonly string[];
}

export function atMostTwoClauses(summary: string, context: ClauseContext): string {
  if (isLatinText(summary)) return summary;
  const clauses = summary.split(/(?<=；)/);
  if (clauses.length <= 2) return summary;
  const carries = (c: string) => context.headlineFigures.some((f) => c.replace(/\s+/g, "").includes(f));
  const last = clauses.at(-1)!;
  const close = (parts: string[]) => parts.join("").replace(/；$/, "。");
  if (!carries(last)) return atMostTwoClauses(close(clauses.slice(0, -1)), context);
  const subject = context.subject;
  const named = subject ? last.replace(GENERIC_SUBJECT, `$1${subject} `) : last;
  if (clauses.length === 3 && subject && named !== last && clauses[0]!.includes(subject)) {
    // The figure's clause names the subject now: it leads, the news follows, the frame goes.
    return close([named.replace(/。$/, "；"), clauses[1]!]);
  }
  return summary;
}
