import { findOrgs } from "../../model/org-aliases.ts";

export interface OrgChoice {
  org: string;
  /** True when the org came from the alias dictionary (a named lab or company), not a fallback. */
  known: boolean;
}

/** A mention in the title counts this many lead mentions. */
const TITLE_WEIGHT = 3;
/** Words in the lead that make a second organisation a co-author rather than a bystander. */
const COLLABORATION = /联合|携手|合作|共同|联手|与.{1,24}(?:团队|研究者|研究人员)|和.{1,24}团队/;
/** Capitalised words that are not anyone's name. */
const COMMON_CAPITALISED = new Set(
  "AI AGI LLM LLMs GPU GPUs CPU API SOTA Transformer Token Tokens Agent Agents The This In We Our Benchmark Demo Github GitHub Hugging Face Paper Code Project Model Models Open Source".split(
    " ",
  ),
);

/**
 * Picks the organisation an entry is about.
 * 1. Orgs from the alias dictionary in title + lead, scored by mentions (title ×3), ties to the
 *    earliest. A second org joins with "/" when the lead names a collaboration and mentions it too.
 * 2. Otherwise the org mentioned most (at least twice) in the whole text.
 * 3. Otherwise the most frequent capitalised proper noun of the title found again in the text
 *    (a product or lab name the dictionary does not know, e.g. "rentahuman").
 * 4. Otherwise the account or source name: an entry always shows who published it, and a source
 *    name is true where "未署名" would only say we did not look.
 */
export function pickOrg(input: { title: string; lead: string; text: string; fallback: string }): OrgChoice {
  const inTitle = findOrgs(input.title);
  const inLead = findOrgs(input.lead);
  const scores = new Map<string, { score: number; first: number }>();
  for (const m of inTitle) scores.set(m.name, { score: TITLE_WEIGHT * m.count, first: m.first });
  for (const m of inLead) {
    const known = scores.get(m.name);
    if (known) known.score += m.count;
    else scores.set(m.name, { score: m.count, first: input.title.length + m.first });
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1].score - a[1].score || a[1].first - b[1].first);
  if (ranked.length > 0) {
    const [first, second] = ranked;
    const partner = second && inLead.some((m) => m.name === second[0]) && COLLABORATION.test(input.lead);
    return { org: partner ? `${first![0]}/${second[0]}` : first![0], known: true };
  }
  const inText = findOrgs(input.text).sort((a, b) => b.count - a.count || a.first - b.first);
  if (inText[0] && inText[0].count >= 2) return { org: inText[0].name, known: true };
  const proper = findProperNoun(input.title, input.text);
  if (proper) return { org: proper, known: false };
  return { org: input.fallback, known: false };
}

function findProperNoun(title: string, text: string): string | undefined {
  let best: { word: string; count: number } | undefined;
  for (const m of title.matchAll(/(?<![A-Za-z0-9])[A-Z][A-Za-z0-9.-]*[A-Za-z0-9](?![A-Za-z0-9])/g)) {
    const word = m[0];
    if (COMMON_CAPITALISED.has(word)) continue;
    const count = text.split(word).length - 1;
    if (count >= 2 && (!best || count > best.count)) best = { word, count };
  }
  return best?.word;
}
