import { describeReason, REASONS, type Reason, type ReasonCode, reasonKeyOfCode } from "./reasons.ts";

/** The stage of a run where something could not be done ("unknown": stored as text by an older daybrief). */
export type ProblemStage = "collect" | "read" | "analyse" | "verify" | "unknown";

/**
 * What a run could not do, as data: a catalogue code (reasons.ts) and where it happened. Human
 * text is made from it at the edges (`describeProblem`), never stored in its place and never
 * parsed back out of text.
 */
export interface Problem {
  code: ReasonCode;
  stage: ProblemStage;
  sourceId?: string;
  articleId?: number;
  url?: string;
  /** The HTTP status of the failed request, when there was one. */
  httpStatus?: number;
  /** The article's title, for a problem of one article. */
  title?: string;
  /**
   * Redacted detail for the operator and the reader: an error's message, or the article's stored
   * status reason. Shown after the catalogue's wording; never read by code.
   */
  detail?: string;
}

/** A feed that could not be fetched: the reason's code and status, the redacted error as detail. */
export function feedProblem(
  reason: Reason,
  fields: { sourceId?: string; url?: string; detail?: string },
): Problem {
  return compactProblem({
    code: REASONS[reason.key].code,
    stage: "collect",
    sourceId: fields.sourceId,
    url: fields.url,
    httpStatus: reason.status,
    detail: fields.detail,
  });
}

/** A problem with one article of a source (deleted, not analysed, withheld …). */
export function articleProblem(
  key: keyof typeof REASONS,
  stage: ProblemStage,
  article: { id?: number; sourceId: string; url: string; title: string },
  detail?: string,
): Problem {
  return compactProblem({
    code: REASONS[key].code,
    stage,
    sourceId: article.sourceId,
    articleId: article.id,
    url: article.url,
    title: article.title,
    detail,
  });
}

/**
 * The one wording of a problem, for the briefing footer (md/html), the JSON `message`, the run
 * summary the CLI prints (zh, like the footer today) and English front ends (en):
 *   订阅源抓取失败（服务端错误 · E_SERVER · HTTP 503）：GET … failed: HTTP 503
 *   《标题》该内容已被发布者删除
 */
export function describeProblem(problem: Problem, lang: "zh" | "en" = "zh"): string {
  const key = reasonKeyOfCode(problem.code);
  if (key === "note") return problem.detail ?? REASONS.note[lang];
  const detail = problem.detail?.trim() ? problem.detail : undefined;
  if (problem.stage === "collect") {
    const why = describeReason({ key, status: problem.httpStatus }, lang);
    return lang === "zh"
      ? `订阅源抓取失败（${why}）${detail ? `：${detail}` : ""}`
      : `feed not fetched (${why})${detail ? `: ${detail}` : ""}`;
  }
  const status = problem.httpStatus ? ` · HTTP ${problem.httpStatus}` : "";
  // The stored status reason is Chinese prose. The English line leads with the catalogue's words and
  // keeps a detail that says more than they do (the technical cause: a refusal, a wall), as data.
  const zh = detail ?? `${REASONS[key].zh}${status}`;
  const extra = detail && detail !== REASONS[key].zh ? ` — ${detail}` : "";
  const en = `${REASONS[key].en}${status}${extra}`;
  if (problem.title === undefined) return lang === "zh" ? zh : en;
  return lang === "zh" ? `《${problem.title}》${zh}` : `"${problem.title}": ${en}`;
}

/** A problem a daybrief before schema 2 stored as text: kept word for word. */
export function problemFromText(text: string): Problem {
  return { code: REASONS.note.code, stage: "unknown", detail: text };
}

/**
 * A briefing as stored by any daybrief: coverage problems stored as text (before problems were
 * data) become `problemFromText` records, so every reader sees `Problem`s. Other fields untouched.
 */
export function upgradeStoredBriefing<B extends object>(briefing: B): B {
  const stored = (briefing as { coverage?: unknown }).coverage;
  if (!Array.isArray(stored)) return briefing;
  const coverage = stored.map((c: { problems?: unknown }) =>
    Array.isArray(c?.problems) && c.problems.some((p) => typeof p === "string")
      ? { ...c, problems: c.problems.map((p) => (typeof p === "string" ? problemFromText(p) : p)) }
      : c,
  );
  return { ...briefing, coverage };
}

function compactProblem(problem: Problem): Problem {
  return Object.fromEntries(Object.entries(problem).filter(([, v]) => v !== undefined)) as Problem;
}
