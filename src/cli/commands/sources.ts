import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { isMap, isSeq, parseDocument } from "yaml";
import { type Config, parseConfig } from "../../config/index.ts";
import { UsageError } from "../../errors.ts";
import { listSources } from "../../queries/index.ts";
import { type OpmlFeed, parseOpml } from "../../sources/index.ts";
import { openConfiguredStore, storeMayExist } from "../../store/index.ts";
import { type CliContext, print } from "../context.ts";
import { messagesOf } from "../i18n.ts";
import { DEFAULT_CONFIG_FILE, loadCliConfig } from "../load.ts";
import { buildRedactor } from "../redactor.ts";

/** `daybrief sources`: each source with its health (last success, last error, staleness). */
export async function listSourcesCommand(ctx: CliContext, options: { config?: string }): Promise<number> {
  const t = messagesOf(ctx);
  const config = loadCliConfig(ctx, options.config);
  const reports = storeMayExist(config.store) ? await readSources(config, ctx.now()) : undefined;
  const now = ctx.now().getTime();
  const redact = buildRedactor(config, ctx.env);
  for (const source of config.sources) {
    const h = reports?.find((r) => r.id === source.id);
    const state = !source.enabled
      ? t("sources.disabled")
      : !h || h.state === "never-fetched"
        ? t("sources.neverFetched")
        : h.state === "failing"
          ? t("sources.failing", { count: h.consecutiveFailures, error: h.lastError ?? "" })
          : t("sources.ok");
    const tags = source.tags?.length ? `  ${source.tags.map((tag) => `#${tag}`).join(" ")}` : "";
    print(ctx.stdout, `${source.id}  ${source.name}  ${redact(source.url)}${tags}`);
    const since = (iso?: string) =>
      iso
        ? t("sources.hoursAgo", { iso, hours: Math.round((now - Date.parse(iso)) / 3_600_000) })
        : t("sources.never");
    print(
      ctx.stdout,
      t("sources.health", { state, since: since(h?.lastSuccessAt), items: h?.itemsSeen ?? 0 }),
    );
    if (h?.lastNewItemAt) print(ctx.stdout, t("sources.lastNew", { since: since(h.lastNewItemAt) }));
    if (h?.lastErrorAt)
      print(ctx.stdout, t("sources.lastError", { since: since(h.lastErrorAt), error: h.lastError ?? "" }));
  }
  return 0;
}

async function readSources(config: Config, now: Date) {
  const store = await openConfiguredStore(config.store);
  try {
    return await listSources({ store, config }, { now });
  } finally {
    await store.close();
  }
}

/**
 * `daybrief sources import file.opml`: appends the OPML's feeds to the config, keeping its
 * comments; a feed's folders become its tags. Warns when one account arrives through two bridges
 * (the same name at two different URLs, in the OPML or against the config).
 */
export function importSourcesCommand(ctx: CliContext, file: string, options: { config?: string }): number {
  const t = messagesOf(ctx);
  const configPath = resolve(ctx.cwd, options.config ?? DEFAULT_CONFIG_FILE);
  if (!existsSync(configPath)) throw new UsageError(t("sources.noConfig", { path: configPath }));
  const opmlPath = resolve(ctx.cwd, file);
  if (!existsSync(opmlPath)) throw new UsageError(t("sources.noOpml", { path: opmlPath }));
  const feeds = parseOpml(readFileSync(opmlPath, "utf8"));
  const doc = parseDocument(readFileSync(configPath, "utf8"));
  let sources = doc.get("sources");
  if (!isSeq(sources)) {
    doc.set("sources", doc.createNode([]));
    sources = doc.get("sources");
  }
  if (!isSeq(sources)) throw new UsageError(t("sources.notList", { path: configPath }));
  const existing = sources.items.flatMap((item) =>
    isMap(item) ? [{ name: String(item.get("name") ?? ""), url: String(item.get("url") ?? "") }] : [],
  );
  const known = new Set(existing.map((s) => s.url));
  let added = 0;
  for (const feed of feeds) {
    // The config reads ${NAME} in every string as an environment variable: an OPML from elsewhere
    // naming ${DEEPSEEK_API_KEY} in a feed's URL or title would send the key to that feed's server
    // on every run, or publish it as the source's name. Such a feed is not written.
    const field = envReferenceIn(feed);
    if (field) {
      print(ctx.stderr, t("sources.envReference", { feed: feed.url, field }));
      continue;
    }
    if (known.has(feed.url)) continue;
    known.add(feed.url);
    const tags = tagsOf(feed);
    sources.add(
      doc.createNode({ name: feed.title || feed.url, url: feed.url, ...(tags.length ? { tags } : {}) }),
    );
    added++;
  }
  for (const [name, urls] of sameNameTwoUrls([
    ...existing,
    ...feeds.map((f) => ({ name: f.title, url: f.url })),
  ]))
    print(ctx.stderr, t("sources.twoBridges", { name, urls: urls.join(" , ") }));
  const text = doc.toString();
  parseConfig(text, { env: ctx.env, baseDir: ctx.cwd, file: configPath }); // refuse to write a broken config
  writeFileSync(configPath, text);
  print(ctx.stdout, t("sources.imported", { added, file, present: feeds.length - added }));
  return 0;
}

/** Which of an OPML feed's fields would read an environment variable in the config (`${`), if any. */
export function envReferenceIn(feed: OpmlFeed): "url" | "title" | "folder" | undefined {
  if (feed.url.includes("${")) return "url";
  if (feed.title.includes("${")) return "title";
  if (feed.category?.includes("${")) return "folder";
  return undefined;
}

/** An OPML feed's folders ("AI 媒体/深层") as tags: each folder once, in order. */
export function tagsOf(feed: OpmlFeed): string[] {
  const parts = (feed.category ?? "").split("/").map((p) => p.trim());
  return [...new Set(parts.filter(Boolean))];
}

/**
 * Names that arrive at more than one URL (one account through two bridges), each with its URLs.
 * Names are compared without case and surrounding space; a name equal to its URL is no name.
 */
export function sameNameTwoUrls(feeds: { name: string; url: string }[]): [string, string[]][] {
  const byName = new Map<string, { name: string; urls: Set<string> }>();
  for (const f of feeds) {
    const key = f.name.trim().toLowerCase();
    if (!key || f.name === f.url) continue;
    const group = byName.get(key) ?? { name: f.name.trim(), urls: new Set<string>() };
    group.urls.add(f.url);
    byName.set(key, group);
  }
  return [...byName.values()].filter((g) => g.urls.size > 1).map((g) => [g.name, [...g.urls]]);
}
