import type { Entry } from "../model/entry.ts";
import { canonicalLink } from "./canonical-link.ts";
import { checkOnline, type OnlineCheckOptions, probeUrl } from "./check-online.ts";
import { removeUrl } from "./check-text.ts";
import type { ArticleEvidence, ClaimReport, VerifyOptions, VerifyResult } from "./types.ts";
import { countClaims, verifyEntry } from "./verify-entry.ts";

export interface VerifyAsyncOptions extends VerifyOptions {
  /** Check that kept arXiv / GitHub / Hugging Face links exist. */
  online?: OnlineCheckOptions;
}

/**
 * verifyEntry plus the online link check: kept links are probed; a missing one is removed, an
 * unreachable one kept as unchecked. (Policy "repair" is not handled here: the repair turn runs
 * inside the LLM analyser, and what it leaves unsupported is dropped like policy "drop".)
 */
export async function verifyEntryAsync(
  entry: Entry,
  article: ArticleEvidence,
  options: VerifyAsyncOptions = {},
): Promise<VerifyResult> {
  const result = verifyEntry(entry, article, options);
  return options.online ? checkLinksOnline(result, options.online) : result;
}

async function checkLinksOnline<T extends VerifyResult>(result: T, online: OnlineCheckOptions): Promise<T> {
  const claims: ClaimReport[] = result.claims.map((c) => ({ ...c }));
  let entry = result.entry;
  for (const claim of claims) {
    if (claim.kind !== "link" || claim.status !== "supported") continue;
    const key = canonicalLink(claim.value);
    if (!key || !probeUrl(key)) continue;
    const verdict = await checkOnline(key, online);
    if (verdict === "exists") claim.reason += "; exists online";
    else if (verdict === "unknown") {
      claim.status = "unchecked";
      claim.reason += "; online check gave no answer (kept)";
    } else {
      claim.status = "dropped";
      claim.reason += "; does not exist online";
      entry = removeLinkEverywhere(entry, claim.value);
    }
  }
  return { ...result, entry, claims, counts: countClaims(claims) };
}

function removeLinkEverywhere(entry: Entry, url: string): Entry {
  // A resource is published under its clean URL (publishedLink), not as the claim wrote it: match by key.
  const key = canonicalLink(url)?.key;
  const json = JSON.stringify({
    ...entry,
    resources: entry.resources.filter((r) => r.url !== url && canonicalLink(r.url)?.key !== key),
  });
  const fix = (value: unknown): unknown => {
    if (typeof value === "string") return value.includes(url) ? removeUrl(value, url) : value;
    if (Array.isArray(value)) return value.map(fix);
    if (value && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fix(v)]));
    return value;
  };
  return fix(JSON.parse(json)) as Entry;
}
