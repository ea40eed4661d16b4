import type { VerificationCounts } from "../model/briefing.ts";
import type { Bullet, Entry, Section } from "../model/entry.ts";
import { checkLink } from "./check-claims.ts";
import { checkOrg, UNNAMED_ORGS } from "./check-org.ts";
import { checkStars } from "./check-stars.ts";
import {
  checkTextFacts,
  checkTextLinks,
  collectAnchors,
  removeUrl,
  splitSentences,
  type TextClaim,
} from "./check-text.ts";
import { type ArticleIndex, indexArticle } from "./index-article.ts";
import { EVIDENCE_THRESHOLD, evidenceScore } from "./match-evidence.ts";
import type { ArticleEvidence, ClaimReport, ClaimStatus, VerifyOptions, VerifyResult } from "./types.ts";

export const UNNAMED_ORG = "未署名";
const MARK = "⚠️ ";
type Policy = "drop" | "mark";

/**
 * Checks every link, figure, versioned name, org and evidence quote of an entry against its
 * article and returns the entry as it may be published. Pure. Links the article lacks are always
 * removed; a bullet with an unsupported figure or name is dropped (policy drop) or flagged (mark);
 * summary, title and leads lose the sentence (drop) or get ⚠️ (mark, or when nothing would remain).
 */
export function verifyEntry(
  entry: Entry,
  article: ArticleEvidence,
  options: VerifyOptions = {},
): VerifyResult {
  const index = indexArticle(article);
  const policy: Policy = options.policy === "mark" ? "mark" : "drop";
  const claims: ClaimReport[] = [];
  const anchors = collectAnchors(entryTexts(entry), index);
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
  const checkProse = (text: string, where: string, canDrop: boolean): string | undefined => {
    const kept: string[] = [];
    const failed: TextClaim[][] = [];
    const sentences = splitSentences(stripLinks(text, where));
    for (const s of sentences) {
      const facts = checkTextFacts(s, index, anchors);
      if (facts.every((f) => f.supported)) kept.push(s);
      failed.push(facts);
    }
    if (kept.length === sentences.length) {
      for (const facts of failed) record(where, facts, "supported");
      return sentences.join("");
    }
    const mode = policy === "mark" ? "mark" : kept.length > 0 ? "sentences" : canDrop ? "all" : "mark";
    for (const facts of failed) record(where, facts, mode === "mark" ? "marked" : "dropped");
    if (mode === "sentences") return kept.join("").trim();
    return mode === "all" ? undefined : MARK + sentences.join("");
  };

  const org = verifyOrg(entry.org, index, claims);
  const summary = checkProse(entry.summary, "summary", false) ?? entry.summary;
  const title = checkTitle(entry.title, index, claims, anchors);
  const section = (s: Section, name: string): Section => {
    const lead = s.lead === undefined ? undefined : checkProse(s.lead, `${name}.lead`, true);
    const bullets = verifyBullets(s.bullets, `${name}.bullets`, {
      index,
      policy,
      claims,
      stripLinks,
      anchors,
    });
    return lead ? { lead, bullets } : { bullets };
  };
  const resources = entry.resources.filter((r, i) => {
    const verdict = checkLink(r.url, index);
    claims.push({
      kind: "link",
      value: r.url,
      where: `resources[${i}]`,
      reason: verdict.reason,
      status: verdict.supported ? "supported" : "dropped",
    });
    return verdict.supported;
  });
  const verified: Entry = {
    ...entry,
    org,
    title,
    summary,
    core: section(entry.core, "core"),
    results: section(entry.results, "results"),
    insights: section(entry.insights, "insights"),
    resources,
  };
  const stars = checkStars(verified, entry.stars, article, claims);
  return { entry: { ...verified, stars: stars.final }, counts: { ...countClaims(claims), stars }, claims };
}

interface BulletContext {
  index: ArticleIndex;
  policy: Policy;
  claims: ClaimReport[];
  stripLinks: (text: string, where: string) => string;
  anchors: ReadonlySet<string>;
}

function verifyBullets(bullets: Bullet[], where: string, ctx: BulletContext): Bullet[] {
  const { index, policy, claims, stripLinks, anchors } = ctx;
  const out: Bullet[] = [];
  bullets.forEach((bullet, i) => {
    const at = `${where}[${i}]`;
    const label = bullet.label === undefined ? undefined : stripLinks(bullet.label, at);
    const text = stripLinks(bullet.text, at);
    const facts = checkTextFacts(label ? `${label}：${text}` : text, index, anchors);
    const ok = facts.every((f) => f.supported);
    const status: ClaimStatus = policy === "drop" ? "dropped" : "marked";
    for (const f of facts)
      claims.push({
        kind: f.kind,
        value: f.value,
        where: at,
        reason: f.reason,
        status: f.supported ? "supported" : status,
      });
    if (bullet.evidence !== undefined) {
      const score = evidenceScore(bullet.evidence, index.compact, index.folded);
      const supported = score >= EVIDENCE_THRESHOLD;
      claims.push({
        kind: "evidence",
        value: bullet.evidence,
        where: at,
        status: supported ? "supported" : "unsupported",
        reason: `${Math.round(score * 100)}% of the quote matches the article`,
      });
    }
    if (!ok && policy === "drop") return;
    const kept: Bullet = { ...bullet, text };
    if (label === undefined) delete kept.label;
    else kept.label = label;
    if (!ok) kept.flagged = true;
    if (bullet.children) kept.children = verifyBullets(bullet.children, `${at}.children`, ctx);
    if (kept.children?.length === 0) delete kept.children;
    out.push(kept);
  });
  return out;
}

/** A title is never dropped: an unsupported figure or name in it gets ⚠️ in front. */
function checkTitle(
  title: string,
  index: ArticleIndex,
  claims: ClaimReport[],
  anchors: ReadonlySet<string>,
): string {
  const facts = checkTextFacts(title, index, anchors);
  for (const f of facts)
    claims.push({
      kind: f.kind,
      value: f.value,
      where: "title",
      reason: f.reason,
      status: f.supported ? "supported" : "marked",
    });
  return facts.every((f) => f.supported) ? title : MARK + title;
}

/** Keeps the parts of "A/B" the article names; none → 未署名 (there is no flag for an org). */
function verifyOrg(org: string, index: ArticleIndex, claims: ClaimReport[]): string {
  if (UNNAMED_ORGS.has(org.trim())) return org;
  const parts = checkOrg(org, index);
  for (const p of parts)
    claims.push({
      kind: "org",
      value: p.name,
      where: "org",
      reason: p.reason,
      status: p.supported ? "supported" : "dropped",
    });
  if (parts.every((p) => p.supported)) return org;
  const kept = parts.filter((p) => p.supported).map((p) => p.name);
  return kept.length ? kept.join("/") : UNNAMED_ORG;
}

export function countClaims(claims: readonly ClaimReport[]): VerificationCounts {
  const counts: VerificationCounts = { checked: 0, supported: 0, dropped: 0, marked: 0 };
  for (const c of claims) {
    // Unchecked links (online answer unclear) and quotes that did not match (evidence decides
    // nothing: the bullet is judged by its figures) are not counted, so checked = the three others.
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

function entryTexts(entry: Entry): string[] {
  const bullets = (list: Bullet[]): string[] =>
    list.flatMap((b) => [b.label ? `${b.label}：${b.text}` : b.text, ...bullets(b.children ?? [])]);
  const sections = [entry.core, entry.results, entry.insights];
  return [entry.title, entry.summary, ...sections.flatMap((s) => [s.lead ?? "", ...bullets(s.bullets)])];
}
