import { UsageError } from "../../errors.ts";
import { type Highlighted, type SearchHit, type SearchRequest, searchEntries } from "../../queries/index.ts";
import { openConfiguredStore, storeMayExist } from "../../store/index.ts";
import { type CliContext, print } from "../context.ts";
import { messagesOf, type Translate } from "../i18n.ts";
import { loadCliConfig } from "../load.ts";

export interface SearchOptions {
  config?: string;
  from?: string;
  to?: string;
  source?: string;
  org?: string;
  tag?: string;
  minStars?: string;
  analyser?: string;
  limit?: string;
  json?: boolean;
}

function wholeNumber(t: Translate, flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(t("error.wholeNumber", { flag, value }));
  return Number(value);
}

/** Plain terminal text: control and bidi-override characters of stored (untrusted) text become spaces. */
function plain(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, " ");
}

/** Highlighted parts as terminal text: hits between « ». */
function marked(parts: Highlighted): string {
  return parts.map((p) => (p.hit ? `«${plain(p.text)}»` : plain(p.text))).join("");
}

/**
 * `daybrief search "美团 STAR"`: full-text search over stored entries and articles, best first,
 * through the query layer. Writes nothing.
 */
export async function searchCommand(ctx: CliContext, query: string, options: SearchOptions): Promise<number> {
  const t = messagesOf(ctx);
  const request: SearchRequest = {
    query,
    from: options.from,
    to: options.to,
    sourceId: options.source,
    org: options.org,
    tag: options.tag,
    minStars: wholeNumber(t, "--min-stars", options.minStars),
    analyser: options.analyser,
    limit: wholeNumber(t, "--limit", options.limit) ?? 10,
  };
  const config = loadCliConfig(ctx, options.config);
  if (!storeMayExist(config.store)) {
    print(ctx.stdout, t("search.noArticles"));
    return 0;
  }
  const store = await openConfiguredStore(config.store);
  try {
    const result = await searchEntries(store, request, { timeZone: config.timezone, now: ctx.now() });
    if (options.json) {
      print(ctx.stdout, JSON.stringify(result, null, 2));
      return 0;
    }
    if (result.terms.length === 0) throw new UsageError(t("search.nothingToSearch", { query: plain(query) }));
    if (result.total === 0) {
      print(ctx.stdout, t("search.noMatch", { query: plain(query) }));
      return 0;
    }
    const names = new Map(config.sources.map((s) => [s.id, s.name]));
    const count = t(result.capped ? "search.atLeast" : "search.total", { count: result.total });
    print(ctx.stdout, t("search.header", { query: plain(query), count, shown: result.hits.length }));
    if (result.capped) print(ctx.stdout, t("search.capped"));
    for (const [i, hit] of result.hits.entries()) printHit(ctx, t, hit, i + 1, names);
    return 0;
  } finally {
    await store.close();
  }
}

function printHit(
  ctx: CliContext,
  t: Translate,
  hit: SearchHit,
  n: number,
  names: Map<string, string>,
): void {
  const e = hit.entry;
  const stars = e ? `${"★".repeat(Math.min(5, Math.max(1, e.stars)))} ` : "";
  print(ctx.stdout);
  print(ctx.stdout, `${n}. ${stars}${marked(hit.title)}`);
  const facts = [
    hit.date,
    names.get(hit.sourceId) ?? hit.sourceId,
    e?.org,
    e && e.tags.length > 0 ? e.tags.map((t) => `#${t}`).join(" ") : undefined,
    e ? e.analyser : t("search.noEntry"),
    `#${hit.articleId}`,
  ];
  print(ctx.stdout, `   ${plain(facts.filter(Boolean).join(" · "))}`);
  if (hit.snippet.length > 0) print(ctx.stdout, `   ${marked(hit.snippet)}`);
  print(ctx.stdout, `   ${plain(hit.url)}`);
}
