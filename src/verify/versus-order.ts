// A pair of bare figures turned round: "客户评为可接受的比例是 81% 对 62%" where the article says "62% vs 81%"
// (agents, then humans). A pair written "a 对 b" / "a vs b" with nothing between the figures takes its
// sides from the sentence's order, so the order is the claim. It is refused when the article writes
// the same two figures as a pair the other way round ("b vs a", "b 对 a") and never in this order.

export interface VersusPair {
  raw: string;
  index: number;
  end: number;
  a: string;
  b: string;
}

const FIGURE = String.raw`(\d+(?:\.\d+)?\s*(?:%|％|分|秒|ms|s\b)?)`;
const PAIR = new RegExp(`${FIGURE}\\s*(?:对|vs\\.?|versus)\\s*${FIGURE}`, "gi");
const norm = (f: string) => f.replace(/\s+/g, "").replace("％", "%").toLowerCase();

export function findVersusPairs(text: string): VersusPair[] {
  // "以 71.2 对 68.0 领先": a score whose winner is named is not read by its order.
  return [...text.matchAll(PAIR)]
    .filter((m) => !/以\s*$/.test(text.slice(Math.max(0, m.index - 2), m.index)))
    .map((m) => ({
      raw: m[0],
      index: m.index,
      end: m.index + m[0].length,
      a: norm(m[1]!),
      b: norm(m[2]!),
    }));
}

export function checkVersusPair(
  claim: VersusPair,
  articleText: string,
): { supported: boolean; reason: string } {
  if (claim.a === claim.b) return { supported: true, reason: "a tie" };
  const pairs = findVersusPairs(articleText);
  if (pairs.some((p) => p.a === claim.a && p.b === claim.b))
    return { supported: true, reason: "the article writes the pair in this order" };
  if (pairs.some((p) => p.a === claim.b && p.b === claim.a))
    return {
      supported: false,
      reason: `the article writes the pair the other way round (${claim.b} vs ${claim.a}): the entry swaps its sides`,
    };
  return { supported: true, reason: "the article writes no such pair" };
}
