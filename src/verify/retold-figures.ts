// A clause the entry retells almost word for word from the article, with a number changed: "首批客户
// 包括四家头部云厂商" for the article's "首批客户包括三家云厂商", "The service covers 13 cities" for its
// "The service covers 12 cities" (13 is the article's, but of banks). The other checks read a figure by
// the terms around it and a count by its noun; a retelling tells more: the words are the article's,
// so the number in them must be the article's too.
import type { TextClaim } from "./check-text.ts";
import { clauseSpans, type RetoldNumber, type Skeleton, sameNumber, skeletonOf } from "./retold-numbers.ts";

export interface ArticleClauses {
  clauses: Array<Skeleton & { bigrams: Set<string> }>;
}

/** The shortest retelling read: six characters besides its numbers ("已接入#家云厂商"). */
const MIN_WORDS = 6;
/** The longest entry clause read (an article clause may be twice as long): the alignment is quadratic. */
const MAX_CLAUSE = 200;
/** Edits allowed per character of the retold part of the entry's clause. */
const EDITS = 0.25;
/** The share of the entry's clause that may be left out in front (a subject of its own), and its price. */
const HEAD = 0.4;
const HEAD_PRICE = 0.5;

const bigramsOf = (s: string) => new Set([...s].slice(1).map((ch, i) => s[i]! + ch));
const marks = (s: string) => [...s].flatMap((ch, i) => (ch === "#" ? [i] : []));

export function articleClauses(text: string): ArticleClauses {
  const clauses: ArticleClauses["clauses"] = [];
  for (const [a, b] of clauseSpans(text)) {
    const s = skeletonOf(text, a, b);
    // A clause past MAX_CLAUSE (a table pasted as one line, a run of figures) is retold by no entry.
    if (s.numbers.length && s.text.length <= 2 * MAX_CLAUSE)
      clauses.push({ ...s, bigrams: bigramsOf(s.text) });
  }
  return { clauses };
}

/**
 * The cheapest alignment of `e` with some window of `a` (edit distance, a number only against a
 * number). `e` may leave out a head of its own at half the price ("Tern-5 提供…" for the article's
 * "并提供…": a subject the article gave in the clause before). The cost; where in `e` and in `a` the
 * alignment starts; whether it replaces a word (two characters or more in a row: "降低了" for "降至
 * 原来的", "推理成本" for "显存占用" is another statement, not a retelling); the pairs of numbers it
 * aligns, as indexes into each side's numbers.
 */
function align(e: string, a: string) {
  const [m, n] = [e.length, a.length];
  const w = n + 1;
  const subst = (i: number, j: number) =>
    e[i - 1] === a[j - 1] ? 0 : e[i - 1] === "#" || a[j - 1] === "#" ? 2 : 1;
  // The table as one flat array, row i at i · (n + 1): one allocation per alignment (an array per
  // row was most of the garbage verification made).
  const d = new Float64Array((m + 1) * w);
  for (let i = 0; i <= m; i++) d.fill(HEAD_PRICE * i, i * w, i * w + w);
  for (let i = 1; i <= m; i++)
    for (let j = 1; j <= n; j++)
      d[i * w + j] = Math.min(
        d[(i - 1) * w + j - 1]! + subst(i, j),
        d[(i - 1) * w + j]! + 1,
        d[i * w + j - 1]! + 1,
        HEAD_PRICE * i,
      );
  let j = 0;
  for (let k = 1; k <= n; k++) if (d[m * w + k]! < d[m * w + j]!) j = k;
  const cost = d[m * w + j]!;
  const pairs: Array<[number, number]> = [];
  const [eMarks, aMarks] = [marks(e), marks(a)];
  let [i, run, replaced] = [m, 0, false];
  while (i > 0) {
    const here = d[i * w + j]!;
    const sub = j > 0 ? subst(i, j) : 0;
    if (j > 0 && here === d[(i - 1) * w + j - 1]! + sub) {
      if (e[i - 1] === "#" && a[j - 1] === "#") pairs.unshift([eMarks.indexOf(i - 1), aMarks.indexOf(j - 1)]);
      run = sub ? run + 1 : 0;
      replaced ||= run >= 2;
      i--;
      j--;
    } else if (here === d[(i - 1) * w + j]! + 1) i--;
    else if (j > 0 && here === d[i * w + j - 1]! + 1) j--;
    else break; // the head left out
  }
  return { cost, from: i, start: j, replaced, pairs };
}

/** Article clauses aligned with one entry clause at most. */
const MAX_ALIGNED = 24;

type Retold = RetoldNumber & { theirs: RetoldNumber; shown: string };

/** Numbers of `text` that change the article's in a clause retold near word for word. */
export function retoldChanges(text: string, article: ArticleClauses): Retold[] {
  const out: Retold[] = [];
  for (const [from, to] of clauseSpans(text)) {
    const s = skeletonOf(text, from, to);
    const plain = s.text.replace(/#/g, "").length;
    if (!s.numbers.length || plain < MIN_WORDS || s.text.length > MAX_CLAUSE) continue;
    const mine = [...bigramsOf(s.text)].filter((g) => !g.includes("#"));
    // Each edit or left-out character breaks at most two pairs of characters: a cheap test first.
    const limit = Math.floor(EDITS * s.text.length);
    // At least one shared pair, and only the clauses sharing the most are aligned (a hostile article
    // of 10,000 look-alike clauses cost seconds per entry): a retelling shares nearly all of its pairs.
    const least = Math.max(1, mine.length * (1 - HEAD) - 2 * limit - 1);
    const retellings = article.clauses
      .map((c) => ({ c, shared: mine.filter((g) => c.bigrams.has(g)).length }))
      .filter((x) => x.shared >= least)
      .sort((a, b) => b.shared - a.shared)
      .slice(0, MAX_ALIGNED)
      .map(({ c }) => ({ c, ...align(s.text, c.text) }))
      .filter((r) => {
        const told = s.text.slice(r.from);
        const words = told.replace(/#/g, "").length;
        return (
          r.pairs.length > 0 &&
          !r.replaced &&
          // A head of the entry's own in place of the article's ("推理成本" for "显存占用"): another
          // subject, not a retelling. A connective (并) or the article's own head is none.
          !(r.from > 1 && r.start > 1 && !r.c.text.slice(0, r.start).includes(s.text.slice(0, r.from))) &&
          words >= MIN_WORDS &&
          told.length >= (1 - HEAD) * s.text.length &&
          r.cost <= EDITS * s.text.length
        );
      });
    const at = marks(s.text);
    const differs = (r: (typeof retellings)[number], [i, k]: [number, number]) => {
      const [x, y] = [s.numbers[i]!, r.c.numbers[k]!];
      if (x.hedged || y.hedged || x.multiple || y.multiple || sameNumber(x, y)) return false;
      // The same character on each side, or it is no longer the same words: another unit or notation
      // ("350 毫秒" for "0.35 秒", "四成" for "40%") the unit checks read, or a figure the entry
      // added beside the article's ("MATH-500（86.2 对 84.1）" for "MATH-500").
      const [e, a] = [at[i]!, marks(r.c.text)[k]!];
      const side = (d: number) => s.text[e + d] === undefined || s.text[e + d] === r.c.text[a + d];
      return side(-1) && side(1);
    };
    // One retelling with the article's numbers is enough (a list's rows are worded alike).
    if (retellings.some((r) => r.pairs.every((p) => !differs(r, p)))) continue;
    // Every number another: the clause of another row or year told in the same words, not a change.
    const changed = retellings
      .filter((r) => r.pairs.length === 1 || r.pairs.some((p) => !differs(r, p)))
      .sort((x, y) => x.cost - y.cost)[0];
    if (!changed) continue;
    for (const p of changed.pairs) {
      if (!differs(changed, p)) continue;
      const mineN = s.numbers[p[0]]!;
      // The article gives this value elsewhere: in another clause with half these words ("输入：
      // $0.15/百万 tokens" beside "Sail-2 的输入价格为每百万 tokens 2.5 美元"), or with the same
      // character on one side ("从 4 元降至 0.8 元"): the entry joined two places, nothing changed.
      const [before, after] = [s.text[at[p[0]]! - 1], s.text[at[p[0]]! + 1]];
      const elsewhere = article.clauses.some((c) => {
        const words = c !== changed.c && mine.filter((g) => c.bigrams.has(g)).length >= mine.length / 2;
        return marks(c.text).some(
          (j, k) =>
            sameNumber(c.numbers[k]!, mineN) &&
            (words ||
              (before !== undefined && c.text[j - 1] === before) ||
              (after !== undefined && c.text[j + 1] === after)),
        );
      });
      if (elsewhere) continue;
      const shown = text.slice(mineN.index, Math.min(to, mineN.end + 4)).trim();
      out.push({ ...mineN, theirs: changed.c.numbers[p[1]]!, shown });
    }
  }
  return out;
}

/**
 * The claims refused for a retold number: the figure or count claim at its place turns unsupported,
 * or a new one is added (a number in words no other check reads: "four cloud providers").
 */
export function refuseRetold(claims: TextClaim[], text: string, article: ArticleClauses): void {
  for (const n of retoldChanges(text, article)) {
    const reason = `the article's own words give ${n.theirs.raw.trim()} here, not ${n.raw.trim()}`;
    const hit = claims.find((c) => c.kind === "figure" && c.at && c.at[0] < n.end && c.at[1] > n.index);
    if (hit) {
      if (hit.supported) Object.assign(hit, { supported: false, reason });
      continue;
    }
    claims.push({ kind: "figure", value: n.shown, supported: false, reason, at: [n.index, n.end] });
  }
}
