// One claim per thing a check found in an entry text, with the check's verdict: what check-text.ts,
// check-text-en.ts, chinese-article-claims.ts and period-row-claims.ts each list.
import type { TextClaim } from "./check-text.ts";
import type { ClaimKind } from "./types.ts";

/** Claims of one kind from what was found; a verdict whose reason is `unjudged` is no claim. */
export const claimsOf = <T extends { raw: string; index: number; end: number }>(
  kind: ClaimKind,
  found: readonly T[],
  check: (t: T) => { supported: boolean; reason: string },
  unjudged?: string,
): TextClaim[] =>
  found
    .map((t): TextClaim => ({ kind, value: t.raw, at: [t.index, t.end], ...check(t) }))
    .filter((c) => unjudged === undefined || c.reason !== unjudged);
