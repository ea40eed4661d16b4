import { bindFigures, isVersion, scopeLines, sentenceSpans, spanAt } from "./bind-figures.ts";
import { canonicalLink } from "./canonical-link.ts";
import { articleComparisons, type Comparison } from "./check-comparisons.ts";
import { articleCounts } from "./check-counts.ts";
import { type ArticleQualifiers, articleQualifiers } from "./check-qualifiers.ts";
import { articleRoles } from "./check-roles.ts";
import { articleSteps, type StepMention } from "./check-tense.ts";
import { deriveFigures } from "./derive-figures.ts";
import { type Unmet, unmetAt } from "./figure-plans.ts";
import { clauseEndsOf, contentBigrams } from "./figure-words.ts";
import { findBoilerplate, inBoilerplate } from "./find-boilerplate.ts";
import { type Figure, findFigures } from "./find-figures.ts";
import { findArxivMentions, findHrefs, findUrls } from "./find-links.ts";
import { type Aliases, findAliases, findTerms, isMeasure, nameKeys } from "./find-terms.ts";
import { compactText, compactWithOffsets, foldText, halfWidth } from "./fold-text.ts";
import { areSiblings, nameFormsOf } from "./name-forms.ts";
import { pairContext } from "./pair-context.ts";
import { type ArticleClauses, articleClauses } from "./retold-figures.ts";
import { anyRowOnce } from "./scope-lines.ts";
import { withTableUnits } from "./table-units.ts";
import { anyOf, type KeyRange, laterTerms, NOTHING, termPositions, termsIn } from "./term-ranges.ts";
import { articleOrgs } from "./text-orgs.ts";
import type { ArticleEvidence } from "./types.ts";

/** What an article figure is about (see bind-figures.ts). */
export interface FigureContext {
  /** Terms of its own segment. */
  own: Set<string>;
  /** The whole names among `own` (MMLU-Pro's "mmlupro", not its "pro"). */
  names: Set<string>;
  /** Its binding: own or nearest segment, plus the list lead-in and the heading above it. */
  bound: Set<string>;
  /** Terms of its sentence. */
  sentence: Set<string>;
  /** Terms of its sentence after the previous figure of that sentence, up to it. */
  before: KeyRange;
  /** Terms the later figures of its sentence are bound to. */
  later: KeyRange;
  /** Its sentence, the sentences around it, lead-in, heading and the article title. */
  wide: KeyRange;
  /** Reading time, word counts, captions, ads: never evidence for a figure. */
  boilerplate: boolean;
  /** A table cell's row and column names (the whole names of its row label and header cell). */
  table?: { row: Set<string>; column: Set<string>; subjectRow: boolean };
  /** Stated as a plan, forecast, target or as not reached, or as an estimate (figure-plans.ts). */
  unmet: Unmet;
  /**
   * Its words: from the start of its segment (the sentence, or after the previous figure's clause;
   * a "从 A 到 B" keeps A's) to the end of its clause (figure-words.ts).
   */
  words: string;
  /** The content bigrams of its sentence (figure-subject.ts: digit figures bound to no term). */
  sentenceWords: ReadonlySet<string>;
}

/** The article, prepared once for every check of its entry. */
export interface ArticleIndex {
  /** Title and text, full-width folded (offsets of `figures` point here). */
  text: string;
  /** foldText of `text`. */
  folded: string;
  /** compactText of `text`. */
  compact: string;
  linkKeys: Set<string>;
  figures: Figure[];
  /** Parallel to `figures`. */
  contexts: FigureContext[];
  /** Every term key the article uses. */
  terms: Set<string>;
  /** Terms of the title and first paragraph: what the article is about. */
  subject: Set<string>;
  /** Terms some figure of the article is directly bound to: a claim naming one must match it. */
  bearing: Set<string>;
  aliases: Aliases;
  /** The firsts, superlatives, onlys and records the article claims (check-qualifiers.ts). */
  qualifiers: ArticleQualifiers;
  /** What it calls each person: name → roles (check-roles.ts). */
  roles: Map<string, Set<string>>;
  /** What it counts, and how many (check-counts.ts). */
  counts: Map<string, Set<number>>;
  /** Its clauses with their numbers masked, for retellings (retold-figures.ts). */
  retold: ArticleClauses;
  /** How far it says each release step went (check-tense.ts). */
  steps: Map<string, StepMention[]>;
  /** Its comparisons with named rivals (check-comparisons.ts). */
  comparisons: Comparison[];
  /** The organisations the article names, any spelling (text-orgs.ts). */
  orgs: Set<string>;
  /** The article's model/product names in every spacing (name-forms.ts). */
  nameForms: Set<string>;
  /** `text` compacted character by character, with each compact character's offset in `text`. */
  quoteSearch: { compact: string; offsets: number[] };
  publisher?: string;
}

/**
 * A later figure that is a version, not a figure of its own: in a name ("Llama 3", "GPT-4o 2"), or
 * right after a name-like word. After English prose ("… on GPQA and 65.0 on GPQA Diamond") it is a
 * figure, so the terms it is bound to are not an earlier figure's.
 */
function laterVersion(text: string, g: Figure): boolean {
  if (!isVersion(text, g)) return false;
  if (g.inName) return true;
  const word = /([A-Za-z][A-Za-z0-9-]*)\s?$/.exec(text.slice(Math.max(0, g.index - 40), g.index))?.[1] ?? "";
  return !/^[a-z]+$/.test(word);
}

export function indexArticle(article: ArticleEvidence): ArticleIndex {
  const text = halfWidth(`${article.title}\n\n${article.text}`);
  const linkKeys = new Set<string>();
  const addUrl = (url: string) => {
    const key = canonicalLink(url);
    if (key) linkKeys.add(key.key);
  };
  for (const link of article.links) {
    addUrl(link.href);
    for (const u of findUrls(link.text)) addUrl(u.url);
  }
  for (const u of findUrls(text)) addUrl(u.url);
  if (article.html) for (const href of findHrefs(article.html)) addUrl(href);
  for (const key of findArxivMentions(`${text}\n${article.links.map((l) => l.text).join("\n")}`))
    linkKeys.add(key);
  const figures = withTableUnits(text, findFigures(text, { all: true }));
  const aliases = findAliases(text);
  const terms = findTerms(text, aliases, { joinAdjacent: true });
  const bindings = bindFigures(text, figures, terms);
  const sentences = sentenceSpans(text);
  const titleEnd = text.indexOf("\n");
  // The article's subject is in the surroundings of every figure: what its title names, and what its
  // first paragraph names and the article keeps naming (a benchmark cited once in the lead is not).
  const firstBreak = text.indexOf("\n\n", titleEnd + 2);
  const title = termsIn(terms, 0, firstBreak < 0 ? text.length : firstBreak);
  const titleLine = termsIn(terms, 0, titleEnd < 0 ? text.length : titleEnd);
  const mentions = new Map<string, number>();
  for (const t of terms) mentions.set(t.key, (mentions.get(t.key) ?? 0) + 1);
  const subject = new Set(
    [...title].filter((k) => !isMeasure(k) && (titleLine.has(k) || mentions.get(k)! >= 3)),
  );
  const boiler = findBoilerplate(text);
  const names = nameKeys(terms);
  const wordStarts = new Map<Figure, number>();
  // Each sentence's content bigrams, once per sentence (its figures share them).
  const sentenceBigrams = new Map<number, ReadonlySet<string>>();
  const sentenceWordsAt = (start: number, end: number) => {
    let words = sentenceBigrams.get(start);
    if (!words) {
      words = contentBigrams(text.slice(start, end));
      sentenceBigrams.set(start, words);
    }
    return words;
  };
  const clauseEnd = clauseEndsOf(text);
  // Numbers that split a sentence, in order: the one before a figure is found by binary search.
  const splitting = figures.filter((g) => g.kind === "number" && g.unit !== "ordinal" && !g.inName);
  const endsSorted = splitting.every((g, i) => i === 0 || splitting[i - 1]!.end <= g.end);
  const lastEndingBy = (at: number): Figure | undefined => {
    if (!endsSorted) return splitting.filter((g) => g.end <= at).at(-1);
    let lo = 0;
    let hi = splitting.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (splitting[mid]!.end <= at) lo = mid + 1;
      else hi = mid;
    }
    return splitting[lo - 1];
  };
  // The terms of a sentence and of its neighbourhood, once per sentence (shared, read only).
  const sentenceTerms = new Map<number, { sentence: Set<string>; around: Set<string> }>();
  const positions = termPositions(terms);
  // A lead-in, heading or row label is shared by all the figures under it: its terms once each.
  const spanKeys = new Map<string, Set<string>>();
  const spanTerms = (start: number, end: number) => {
    const key = `${start}:${end}`;
    const known = spanKeys.get(key);
    if (known) return known;
    const keys = termsIn(terms, start, end);
    spanKeys.set(key, keys);
    return keys;
  };
  const contexts = figures.map((f, i): FigureContext => {
    const { own, bound, sentence } = bindings[i]!;
    const { leadIn, heading, rowLabel, column, rows } = scopeLines(text, f.index, titleEnd + 1);
    const scope = new Set<string>();
    const ownNames = [...own].filter((k) => names.has(k));
    // A heading's Vela-3 is not the figure's when its own words name Vela-2.
    for (const s of [leadIn, heading, rowLabel, column])
      if (s)
        for (const k of spanTerms(s.start, s.end))
          if (!names.has(k) || !ownNames.some((o) => areSiblings(k, o, mentions))) scope.add(k);
    const si = spanAt(sentences, f.index);
    let near = sentenceTerms.get(sentence.start);
    if (!near) {
      near = {
        sentence: termsIn(terms, sentence.start, sentence.end),
        around: termsIn(
          terms,
          sentences[Math.max(0, si - 1)]?.start ?? sentence.start,
          sentences[si + 1]?.end ?? sentence.end,
        ),
      };
      sentenceTerms.set(sentence.start, near);
    }
    const { around } = near;
    const candidate = lastEndingBy(f.index);
    const previous = candidate && candidate.index >= sentence.start ? candidate : undefined;
    const prevWords = previous ? wordStarts.get(previous) : undefined;
    const between = previous ? text.slice(previous.end, f.index) : "";
    const lastBreak = Math.max(...[...between.matchAll(/[，,；;：:]/g)].map((m) => m.index), -1);
    const wordStart =
      previous === undefined
        ? sentence.start
        : lastBreak >= 0
          ? previous.end + lastBreak + 1
          : (prevWords ?? previous.end);
    wordStarts.set(f, wordStart);
    return {
      own,
      names: new Set([...own].filter((k) => names.has(k))),
      sentence: near.sentence,
      before: positions(previous?.end ?? sentence.start, f.index),
      later: NOTHING,
      bound: new Set([...bound, ...scope]),
      wide: anyOf(around, scope, title, bound),
      boilerplate: inBoilerplate(boiler, f.index),
      unmet: unmetAt(text, f.index),
      ...(column && rowLabel
        ? {
            table: {
              row: new Set([...spanTerms(rowLabel.start, rowLabel.end)].filter((k) => names.has(k))),
              column: new Set([...spanTerms(column.start, column.end)].filter((k) => names.has(k))),
              // Whether a row or column is the subject's: only then is another one known to be someone else's.
              subjectRow: anyRowOnce(rows ?? [], (r) =>
                [...spanTerms(r.start, r.end)].some((k) => subject.has(k)),
              ),
            },
          }
        : {}),
      words: text.slice(wordStart, clauseEnd(f.end)),
      sentenceWords: sentenceWordsAt(sentence.start, sentence.end),
    };
  });
  // A spelling of a name run ("AIME 2025" as aime2025) bears no figure of its own: the run's
  // whole tokens (aime) do.
  const alternates = new Set(terms.filter((t) => t.alternate).map((t) => t.key));
  for (const t of terms) if (!t.alternate) alternates.delete(t.key);
  const bearing = new Set<string>();
  contexts.forEach((c) => {
    if (c.boilerplate) return;
    for (const k of c.own) if (!alternates.has(k)) bearing.add(k);
    // A table's row and column names bear the figures of their cells.
    for (const k of [...(c.table?.row ?? []), ...(c.table?.column ?? [])])
      if (!alternates.has(k)) bearing.add(k);
  });
  // What the later figures of each sentence are about ("…78.4%，在 AIME 2025 上得分 91.3%"),
  // versions skipped (each judged once).
  const laterAt = laterTerms(figures, contexts, (j) => !laterVersion(text, figures[j]!));
  contexts.forEach((c, i) => {
    c.later = laterAt(figures[i]!.index, bindings[i]!.sentence.end);
  });
  // Figures the article states without writing them (derive-figures.ts), each in its source's context.
  for (const d of deriveFigures(text, figures)) {
    figures.push(d.figure);
    contexts.push(
      d.with === undefined ? contexts[d.from]! : pairContext(contexts[d.from]!, contexts[d.with]!),
    );
  }
  return {
    text,
    folded: foldText(text),
    compact: compactText(text),
    linkKeys,
    figures,
    contexts,
    terms: new Set(terms.map((t) => t.key)),
    bearing,
    subject,
    aliases,
    nameForms: nameFormsOf(text),
    orgs: articleOrgs(text, article.publisher),
    comparisons: articleComparisons(text),
    steps: articleSteps(text),
    counts: articleCounts(text),
    retold: articleClauses(text),
    roles: articleRoles(text),
    qualifiers: articleQualifiers(text, [
      ...article.links.map((l) => l.href),
      ...findHrefs(article.html ?? ""),
    ]),
    quoteSearch: compactWithOffsets(text),
    publisher: article.publisher,
  };
}
