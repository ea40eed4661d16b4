import type { VerificationCounts } from "../model/briefing.ts";
import type { Bullet, Entry, Section } from "../model/entry.ts";
import { UNNAMED_ORGS, verifyOrgClaims } from "./check-org.ts";
import { verifyResources, verifyTags } from "./check-resources.ts";
import { checkStars } from "./check-stars.ts";
import {
  articlePassage,
  checkTextFacts,
  checkTextLinks,
  quoteOccurrences,
  removeUrl,
  type TextClaim,
  type TextContext,
} from "./check-text.ts";
import { entryContext } from "./entry-context.ts";
import { ENTRY_LIMITS } from "./entry-limits.ts";
import { type ArticleIndex, indexArticle } from "./index-article.ts";
import { EVIDENCE_THRESHOLD, evidenceScore } from "./match-evidence.ts";
import { pruneClauses, saysSomething } from "./prune-clauses.ts";
import type { ArticleEvidence, ClaimReport, ClaimStatus, VerifyOptions, VerifyResult } from "./types.ts";
import { isArticleTitle } from "./whole-sentences.ts";

export const UNNAMED_ORG = "未署名";
const MARK = "⚠️ ";
type Policy = "drop" | "mark";

/**
 * Checks every link, figure, versioned name, org and evidence quote of an entry against its
 * article and returns the entry as it may be published. Pure. Links the article lacks are always
 * removed. Under drop an unsupported figure or name takes its clause with it (prune-clauses.ts):
 * the rest of the bullet, lead or summary stays; a summary with nothing left falls back to a
 * supported bullet or fallback summary, else the entry is withheld; a title falls back to the
 * article's. Under mark the claim's bullet is flagged and summary, lead and title get ⚠️.
 */
export function verifyEntry(
  entry: Entry,
  article: ArticleEvidence,
  options: VerifyOptions = {},
): VerifyResult {
  const index = indexArticle(article);
  const context = entryContext(entry, index);
  const policy: Policy = options.policy === "mark" ? "mark" : "drop";
  const claims: ClaimReport[] = [];
  const record = (where: string, found: TextClaim[], fail: ClaimStatus) => {
    for (const c of found) {
      claims.push({
        kind: c.kind,
        value: c.value,
        where,
        reason: c.reason,
        status: c.supported ? "supported" : fail,
      });
    }
  };
  const stripLinks = (text: string, where: string) => {
    const links = checkTextLinks(text, index);
    record(where, links, "dropped");
    return links.filter((l) => !l.supported).reduce((t, l) => removeUrl(t, l.value), text);
  };
  /** Prose without its unsupported clauses (drop; undefined when nothing is left) or marked. */
  const checkProse = (text: string, where: string): string | undefined => {
    const stripped = stripLinks(text, where);
    const facts = checkTextFacts(stripped, index, [], context);
    const failed = facts.filter((f) => !f.supported);
    record(where, facts, policy === "mark" ? "marked" : "dropped");
    if (failed.length === 0) return stripped;
    if (policy === "mark") return MARK + stripped;
    return pruneClauses(
      stripped,
      failed.map((f) => f.at ?? [0, stripped.length]),
    );
  };

  const org = verifyOrg(entry.org, index, claims);
  const title = checkTitle(entry.title, article.title, { index, context, claims, policy });
  const section = (s: Section, name: string): Section => {
    const lead = s.lead === undefined ? undefined : checkProse(s.lead, `${name}.lead`);
    const bullets = verifyBullets(s.bullets, `${name}.bullets`, {
      index,
      context,
      policy,
      claims,
      stripLinks,
    });
    return lead ? { lead, bullets } : { bullets };
  };
  const core = section(entry.core, "core");
  const results = section(entry.results, "results");
  const insights = section(entry.insights, "insights");
  let summary = checkProse(entry.summary, "summary");
  let summaryFallback: VerifyResult["summaryFallback"];
  let withheld = false;
  if (summary === undefined) {
    const fallback = fallbackSummary([core, results, insights], options.fallbackSummaries ?? [], index);
    summary = fallback?.text ?? "";
    summaryFallback = fallback?.from;
    withheld = !fallback;
  }
  const resources = verifyResources(entry.resources, index, claims, context.budget);
  const tags = verifyTags(entry.tags, index, claims, context.budget);
  const checked: Entry = { ...entry, org, title, summary, core, results, insights, resources, tags };
  const stars = checkStars(checked, entry.stars, article, claims);
  return {
    entry: { ...checked, stars: stars.final },
    counts: { ...countClaims(claims), stars },
    claims,
    ...(summaryFallback ? { summaryFallback } : {}),
    ...(withheld ? { withheld } : {}),
  };
}

/**
 * Under drop, when no sentence of the summary survives: the first fully supported bullet of the
 * verified entry (core, then results, then insights), else the first fallback summary whose every
 * claim is supported; undefined when there is none.
 */
function fallbackSummary(
  sections: Section[],
  alternatives: readonly string[],
  index: ArticleIndex,
): { text: string; from: "bullet" | "alternative" } | undefined {
  const stop = (t: string) => (/[。！？!?]$/.test(t) ? t : `${t}。`);
  for (const s of sections) {
    for (const b of s.bullets) {
      if (b.flagged || !saysSomething(b.text) || b.text.length < 8) continue;
      const facts = [...checkTextLinks(b.text, index), ...checkTextFacts(b.text, index)];
      if (facts.every((f) => f.supported)) return { text: stop(b.text.trim()), from: "bullet" };
    }
  }
  for (const alt of alternatives) {
    const facts = [...checkTextLinks(alt, index), ...checkTextFacts(alt, index)];
    if (saysSomething(alt) && facts.every((f) => f.supported))
      return { text: alt.trim(), from: "alternative" };
  }
  return undefined;
}

interface BulletContext {
  index: ArticleIndex;
  context: TextContext;
  policy: Policy;
  claims: ClaimReport[];
  stripLinks: (text: string, where: string) => string;
}

function verifyBullets(bullets: Bullet[], where: string, ctx: BulletContext): Bullet[] {
  const { index, context, policy, claims, stripLinks } = ctx;
  const out: Bullet[] = [];
  bullets.forEach((bullet, i) => {
    const at = `${where}[${i}]`;
    const label = bullet.label === undefined ? undefined : stripLinks(bullet.label, at);
    const text = stripLinks(bullet.text, at);
    // A quote past the length of one text is not read (entry-limits.ts): it is never published.
    const quoted = bullet.evidence !== undefined && bullet.evidence.length <= ENTRY_LIMITS.textChars;
    const quotes = quoted ? quoteOccurrences([bullet.evidence!], index) : [];
    const prefix = label ? `${label}：` : "";
    const facts = checkTextFacts(`${prefix}${text}`, index, quotes, { ...context, labelEnd: prefix.length });
    const failed = facts.filter((f) => !f.supported);
    const status: ClaimStatus = policy === "drop" ? "dropped" : "marked";
    for (const f of facts)
      claims.push({
        kind: f.kind,
        value: f.value,
        where: at,
        reason: f.reason,
        status: f.supported ? "supported" : status,
      });
    // The published quote is the article's own passage, or none: never the reply's wording.
    let evidence: string | undefined;
    if (bullet.evidence !== undefined) {
      const score = quoted ? evidenceScore(bullet.evidence, index.compact, index.folded) : 0;
      const supported = score >= EVIDENCE_THRESHOLD;
      evidence = supported
        ? score === 1
          ? bullet.evidence
          : articlePassage(bullet.evidence, index)
        : undefined;
      claims.push({
        kind: "evidence",
        value: bullet.evidence,
        where: at,
        status: supported ? "supported" : "unsupported",
        reason: quoted
          ? `${Math.round(score * 100)}% of the quote matches the article`
          : `too long to verify: ${bullet.evidence.length} characters (at most ${ENTRY_LIMITS.textChars} per text)`,
        ...(evidence && evidence !== bullet.evidence ? { evidence } : {}),
      });
    }
    let keptText: string | undefined = text;
    if (failed.length && policy === "drop") {
      // A failed claim in the label takes the bullet; in the text, only its clause.
      const inLabel = failed.some((f) => (f.at?.[0] ?? 0) < prefix.length);
      keptText = inLabel
        ? undefined
        : pruneClauses(
            text,
            failed.map(
              (f) => [(f.at?.[0] ?? 0) - prefix.length, (f.at?.[1] ?? text.length) - prefix.length] as const,
            ),
          );
      if (keptText === undefined) return;
    }
    const kept: Bullet = { ...bullet, text: keptText };
    if (evidence === undefined) delete kept.evidence;
    else kept.evidence = evidence;
    if (label === undefined) delete kept.label;
    else kept.label = label;
    if (failed.length && policy === "mark") kept.flagged = true;
    if (bullet.children) kept.children = verifyBullets(bullet.children, `${at}.children`, ctx);
    if (kept.children?.length === 0) delete kept.children;
    out.push(kept);
  });
  return out;
}

/**
 * A title is never dropped: with an unsupported figure or name it becomes the article's own title
 * under drop, and gets ⚠️ in front under mark.
 */
function checkTitle(
  title: string,
  articleTitle: string,
  { index, context, claims, policy }: Omit<BulletContext, "stripLinks">,
): string {
  // A link in a title is held to the article like one in prose (a title is never a link's text).
  const facts = [...checkTextLinks(title, index), ...checkTextFacts(title, index, [], context)];
  // The article's own title, word for word: what it says is the article's ("可连续工作8小时").
  if (isArticleTitle(title, articleTitle))
    for (const f of facts.filter((f) => !f.supported && f.kind !== "link"))
      Object.assign(f, { supported: true, reason: `${f.reason}; but the article's own title says so` });
  const ok = facts.every((f) => f.supported);
  const useArticle = !ok && policy === "drop" && articleTitle.trim().length > 0;
  for (const f of facts)
    claims.push({
      kind: f.kind,
      value: f.value,
      where: "title",
      reason: useArticle && !f.supported ? `${f.reason}; the article's title is used` : f.reason,
      status: f.supported ? "supported" : useArticle ? "dropped" : "marked",
    });
  if (ok) return title;
  return useArticle ? articleTitle.trim() : MARK + title;
}

/** Keeps the parts of "A/B" that act in the news; none → 未署名 (there is no flag for an org). */
function verifyOrg(org: string, index: ArticleIndex, claims: ClaimReport[]): string {
  if (UNNAMED_ORGS.has(org.trim())) return org;
  const verdict = verifyOrgClaims(org, index);
  claims.push(...verdict.claims);
  return verdict.org ?? UNNAMED_ORG;
}

export function countClaims(claims: readonly ClaimReport[]): VerificationCounts {
  const counts: VerificationCounts = { checked: 0, supported: 0, dropped: 0, marked: 0 };
  for (const c of claims) {
    // Unchecked links (online answer unclear) and quotes that did not match (evidence decides
    // nothing: the bullet is judged by its figures) are not counted, so checked = the three others.
    if (c.kind === "org" && c.role === "publisher" && c.status === "supported") counts.orgRole = "publisher";
    if (c.status === "unchecked" || c.status === "unsupported") continue;
    counts.checked++;
    if (c.status === "supported") counts.supported++;
    else if (c.status === "dropped") counts.dropped++;
    else if (c.status === "marked") counts.marked++;
  }
  return counts;
}

export function addCounts(a: VerificationCounts, b: VerificationCounts): VerificationCounts {
  return {
    checked: a.checked + b.checked,
    supported: a.supported + b.supported,
    dropped: a.dropped + b.dropped,
    marked: a.marked + b.marked,
  };
}
