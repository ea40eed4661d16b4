// The value a from-to change starts from is the earlier thing's (check-claims.ts claimBindings).
import type { Figure } from "./find-figures.ts";

/** "从 Opus 4.5 的 20 万 token": the value a change starts from, and the name it is of. */
const FROM_OF = /从\s*[^，,。；;从]{1,30}?的\s*$/;

/**
 * "Opus 5 的上下文从 Opus 4.5 的 20 万 token 扩展到 100 万": the value a change starts from is the
 * named earlier thing's (Opus 4.5), not the one the clause opens with (Opus 5): the names before 从
 * leave its binding; its measure (上下文) stays.
 */
export function fromValueKeys(
  text: string,
  figure: Figure,
  terms: readonly { key: string; index: number; end: number }[],
  keys: Set<string>,
  names: ReadonlySet<string>,
): Set<string> {
  const before = text.slice(Math.max(0, figure.index - 32), figure.index);
  const m = FROM_OF.exec(before);
  if (!m) return keys;
  const from = figure.index - before.length + m.index;
  const earlier = new Set(terms.filter((t) => t.end <= from && names.has(t.key)).map((t) => t.key));
  const inFrom = terms.filter((t) => t.index >= from && t.end <= figure.index && names.has(t.key));
  if (inFrom.length === 0) return keys;
  return new Set([...keys].filter((k) => !earlier.has(k) || inFrom.some((t) => t.key === k)));
}
