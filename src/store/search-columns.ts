import { Interned } from "./interned.ts";
import {
  FACET_VALUES,
  type FacetCount,
  type FacetEntryFacts,
  type FacetRow,
  facetEntryOf,
  type SearchFacets,
} from "./search-facets.ts";
import type { SearchDocumentsInput } from "./search-index.ts";

/**
 * search_docs as columns (typed arrays, strings interned as numbers), for the kept copy's search
 * (facet-facts.ts): a search groups its ~3,000 scored documents by article and counts the facets of
 * ~1,500 articles without a Map, a Set or an object per document. Articles are numbered densely in
 * ascending id, so counting them in index order is counting them as countFacetArticles does (its
 * rows come by ascending article id), and `countColumnFacets` gives its counts exactly.
 */

/** One row of search_docs as the copy reads it (ordered by article_id, id). */
export interface ColumnRow extends FacetRow {
  id: number;
  analysis_id: number | null;
  kind: string;
  published_at: string;
  julian_day: number | null;
}

export class SearchColumns {
  /** By document id (the FTS rowid): its article's index + 1 (0: no such document). */
  readonly docArticle: Int32Array;
  /** By document id: the entry's analysis id (0: the article's own document). */
  readonly docAnalysis: Int32Array;
  /** By document id: julianday(published_at), as SQLite computes it. */
  readonly docJulianDay: Float64Array;
  /** By article index: its id, publication time and source (the same on all its documents). */
  readonly articleId: Int32Array;
  readonly articlePublished: string[] = [];
  readonly articleSource: string[] = [];
  /** By article index: its entries are entry indexes [entryStart[i], entryStart[i + 1]). */
  readonly entryStart: Int32Array;
  /** Every document's columns agree with what SQL reads (else the copy leaves searches to SQL). */
  readonly exact: boolean;

  // Facet facts of each entry (facetEntryOf: lowercased with JS, as countFacetArticles counts).
  private readonly sources = new Interned();
  private readonly orgKeys = new Interned();
  private readonly tagKeys = new Interned();
  private readonly analysers = new Interned();
  private readonly articleSourceCode: Int32Array;
  private readonly entryOrgCode: Int32Array;
  private readonly entryOrg: string[] = [];
  private readonly entryStars: Int32Array;
  private readonly entryAnalyserCode: Int32Array;
  /** The entry's tags are tagCode/tagShown [tagStart[e], tagStart[e + 1]). */
  private readonly tagStart: Int32Array;
  private readonly tagCode: Int32Array;
  private readonly tagShown: string[] = [];
  /** By org key code: the codes of the other org keys that contain it (what `org=<key>` finds too). */
  private readonly orgContainers: number[][] = [];

  // Scratch of one search, reused: a mark per article / code holds the search's serial.
  private serial = 0;
  readonly articleMark: Int32Array;
  readonly articleScore: Float64Array;
  readonly articleMatchedScore: Float64Array;
  readonly articleMatchedId: Int32Array;

  /** The index of the article `id` (articleId ascends: rows come ordered by article), or -1. */
  articleIndexOf(id: number): number {
    let lo = 0;
    let hi = this.articleId.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = this.articleId[mid]!;
      if (at === id) return mid;
      if (at < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /**
   * `entriesOf`: each article's entry facts from here instead of its entry documents (the readers'
   * view, facet-facts.ts: the entries as published).
   */
  constructor(rows: readonly ColumnRow[], entriesOf?: ReadonlyMap<number, readonly FacetEntryFacts[]>) {
    let maxId = 0;
    let articles = 0;
    let entries = 0;
    let tags = 0;
    let previous = -1;
    const entryFacts = rows.map((row) =>
      !entriesOf && row.kind === "entry" ? facetEntryOf(row) : undefined,
    );
    for (const [i, row] of rows.entries()) {
      if (row.id > maxId) maxId = row.id;
      const facts = row.article_id !== previous ? entriesOf?.get(row.article_id) : undefined;
      if (row.article_id !== previous) articles++;
      previous = row.article_id;
      for (const e of facts ?? (entryFacts[i] ? [entryFacts[i]] : [])) {
        entries++;
        tags += e.tags.length;
      }
    }
    this.docArticle = new Int32Array(maxId + 1);
    this.docAnalysis = new Int32Array(maxId + 1);
    this.docJulianDay = new Float64Array(maxId + 1);
    this.articleId = new Int32Array(articles);
    this.articleSourceCode = new Int32Array(articles);
    this.entryStart = new Int32Array(articles + 1);
    this.entryOrgCode = new Int32Array(entries);
    this.entryStars = new Int32Array(entries);
    this.entryAnalyserCode = new Int32Array(entries);
    this.tagStart = new Int32Array(entries + 1);
    this.tagCode = new Int32Array(tags);
    this.articleMark = new Int32Array(articles);
    this.articleScore = new Float64Array(articles);
    this.articleMatchedScore = new Float64Array(articles);
    this.articleMatchedId = new Int32Array(articles);

    let exact = true;
    let a = -1;
    let e = 0;
    let t = 0;
    previous = -1;
    for (const [i, row] of rows.entries()) {
      if (row.article_id !== previous) {
        a++;
        previous = row.article_id;
        this.articleId[a] = row.article_id;
        this.articlePublished[a] = row.published_at;
        this.articleSource[a] = row.source_id;
        this.entryStart[a] = e;
        for (const entry of entriesOf?.get(row.article_id) ?? []) {
          t = this.addEntry(e, t, entry);
          e++;
        }
      } else if (row.published_at !== this.articlePublished[a] || row.source_id !== this.articleSource[a])
        exact = false; // an article's documents disagree: SQL's max() per article would be needed
      if (row.julian_day === null || (row.kind === "entry") !== (row.analysis_id !== null)) exact = false;
      this.docArticle[row.id] = a + 1;
      this.docAnalysis[row.id] = row.analysis_id ?? 0;
      this.docJulianDay[row.id] = row.julian_day ?? Number.NaN;
      const entry = entryFacts[i];
      if (entry) {
        t = this.addEntry(e, t, entry);
        e++;
      }
    }
    this.entryStart[articles] = e;
    this.tagStart[entries] = t;
    for (let i = 0; i < articles; i++) this.articleSourceCode[i] = this.sources.code(this.articleSource[i]!);
    const keys = this.orgKeys.values;
    for (const [code, key] of keys.entries())
      this.orgContainers[code] = keys.flatMap((other, c) => (c !== code && other.includes(key) ? [c] : []));
    this.exact = exact;
  }

  /** Sets entry `e`'s facts, its tags from `t` on; returns the next tag's index. */
  private addEntry(e: number, t: number, entry: FacetEntryFacts): number {
    this.entryOrgCode[e] = this.orgKeys.code(entry.orgKey);
    this.entryOrg[e] = entry.org;
    this.entryStars[e] = entry.stars;
    this.entryAnalyserCode[e] = this.analysers.code(entry.analyser);
    this.tagStart[e] = t;
    for (const [j, tag] of entry.tags.entries()) {
      this.tagCode[t] = this.tagKeys.code(entry.tagKeys[j]!);
      this.tagShown[t++] = tag;
    }
    return t;
  }

  /** A new serial for the scratch marks of one search. */
  nextSerial(): number {
    if (this.serial === 0x7fffffff) {
      this.serial = 0;
      this.articleMark.fill(0);
    }
    return ++this.serial;
  }

  /**
   * countFacetArticles of these articles (indexes, ascending), exactly: the same counts, the same
   * shown spelling of an org or a tag (the first counted), the same order.
   */
  countFacets(articles: ArrayLike<number>, input: SearchDocumentsInput, capped: boolean): SearchFacets {
    const lower = (text: string) => text.toLowerCase();
    const org = input.org === undefined ? undefined : lower(input.org);
    const tag = input.tag === undefined ? undefined : lower(input.tag);
    const minStars = input.minStars;
    const analyser = input.analyser === undefined ? -2 : this.analysers.find(input.analyser);
    const tagFilter = tag === undefined ? -2 : this.tagKeys.find(tag);
    const filtered = org !== undefined || tag !== undefined || minStars !== undefined || analyser !== -2;
    const orgPasses = org === undefined ? undefined : this.orgKeys.values.map((k) => k.includes(org));
    const sourceFilter = input.sourceId === undefined ? -2 : this.sources.find(input.sourceId);
    // Bits as countFacetArticles': org 1, tag 2, stars 4, analyser 8.
    const failsOf = (e: number): number => {
      if (!filtered) return 0;
      let fails = 0;
      if (orgPasses && !orgPasses[this.entryOrgCode[e]!]) fails |= 1;
      if (tagFilter !== -2) {
        let has = false;
        for (let k = this.tagStart[e]!; k < this.tagStart[e + 1]!; k++)
          if (this.tagCode[k] === tagFilter) has = true;
        if (!has) fails |= 2;
      }
      if (minStars !== undefined && !(this.entryStars[e]! >= minStars)) fails |= 4;
      if (analyser !== -2 && this.entryAnalyserCode[e] !== analyser) fails |= 8;
      return fails;
    };
    const source = new Int32Array(this.sources.values.length);
    const tagCount = new Int32Array(this.tagKeys.values.length);
    const tagLast = new Int32Array(this.tagKeys.values.length).fill(-1);
    const tagShown: (string | undefined)[] = [];
    const analyserCount = new Int32Array(this.analysers.values.length);
    const analyserLast = new Int32Array(this.analysers.values.length).fill(-1);
    const orgLast = new Int32Array(this.orgKeys.values.length).fill(-1);
    const orgArticles: number[][] = [];
    const orgShown: (string | undefined)[] = [];
    const stars = [0, 0, 0, 0, 0, 0];
    const fails: number[] = [];
    for (let n = 0; n < articles.length; n++) {
      const a = articles[n]!;
      const first = this.entryStart[a]!;
      const end = this.entryStart[a + 1]!;
      let anyPasses = !filtered;
      for (let e = first; e < end; e++) {
        fails[e - first] = failsOf(e);
        if (fails[e - first] === 0) anyPasses = true;
      }
      if (anyPasses) source[this.articleSourceCode[a]!]!++;
      if (sourceFilter !== -2 && this.articleSourceCode[a] !== sourceFilter) continue;
      let best = -1;
      for (let e = first; e < end; e++) {
        const f = fails[e - first]!;
        const orgCode = this.entryOrgCode[e]!;
        if ((f === 0 || f === 1) && this.orgKeys.values[orgCode] !== "" && orgLast[orgCode] !== a) {
          orgLast[orgCode] = a;
          if (orgShown[orgCode] === undefined) {
            orgShown[orgCode] = this.entryOrg[e]!;
            orgArticles[orgCode] = [];
          }
          orgArticles[orgCode]!.push(a);
        }
        if (f === 0 || f === 2)
          for (let k = this.tagStart[e]!; k < this.tagStart[e + 1]!; k++) {
            const code = this.tagCode[k]!;
            if (tagLast[code] === a) continue;
            tagLast[code] = a;
            tagCount[code]!++;
            if (tagShown[code] === undefined) tagShown[code] = this.tagShown[k]!;
          }
        if ((f === 0 || f === 4) && this.entryStars[e]! > best) best = this.entryStars[e]!;
        const code = this.entryAnalyserCode[e]!;
        if ((f === 0 || f === 8) && analyserLast[code] !== a) {
          analyserLast[code] = a;
          analyserCount[code]!++;
        }
      }
      for (let s = 1; s <= 5 && s <= best; s++) stars[s]!++;
    }
    // An org's count is what `org=<value>` finds: its articles and those of every org containing it.
    const orgs: FacetCount[] = [];
    const seen = new Set<number>();
    for (const [code, list] of orgArticles.entries()) {
      if (!list) continue;
      seen.clear();
      for (const a of list) seen.add(a);
      for (const other of this.orgContainers[code]!) for (const a of orgArticles[other] ?? []) seen.add(a);
      orgs.push({ value: orgShown[code]!, count: seen.size });
    }
    const counts = (values: readonly (string | undefined)[], count: ArrayLike<number>): FacetCount[] => {
      const out: FacetCount[] = [];
      for (let c = 0; c < count.length; c++)
        if (count[c]! > 0 && values[c] !== undefined) out.push({ value: values[c]!, count: count[c]! });
      return out;
    };
    return {
      capped,
      source: ranked(counts(this.sources.values, source)),
      org: ranked(orgs),
      tag: ranked(counts(tagShown, tagCount)),
      stars: [5, 4, 3, 2, 1].map((n) => ({ value: String(n), count: stars[n]! })),
      analyser: ranked(counts(this.analysers.values, analyserCount)),
    };
  }
}

/** The most frequent first, then by value (search-facets.ts' order), at most FACET_VALUES. */
function ranked(counts: FacetCount[]): FacetCount[] {
  return counts
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .slice(0, FACET_VALUES);
}
