import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { isMap, isSeq, parseDocument } from "yaml";
import { type Config, parseConfig } from "../../config/index.ts";
import { UsageError } from "../../errors.ts";
import { listSources } from "../../queries/index.ts";
import { parseOpml } from "../../sources/index.ts";
import { openConfiguredStore, storeMayExist } from "../../store/index.ts";
import { type CliContext, print } from "../context.ts";
import { DEFAULT_CONFIG_FILE, loadCliConfig } from "../load.ts";
import { buildRedactor } from "../redactor.ts";

/** `daybrief sources`: each source with its health (last success, last error, staleness). */
export async function listSourcesCommand(ctx: CliContext, options: { config?: string }): Promise<number> {
  const config = loadCliConfig(ctx, options.config);
  const reports = storeMayExist(config.store) ? await readSources(config, ctx.now()) : undefined;
  const now = ctx.now().getTime();
  const redact = buildRedactor(config, ctx.env);
  for (const source of config.sources) {
    const h = reports?.find((r) => r.id === source.id);
    const state = !source.enabled
      ? "disabled"
      : !h || h.state === "never-fetched"
        ? "never fetched"
        : h.state === "failing"
          ? `FAILING ×${h.consecutiveFailures}: ${h.lastError ?? ""}`
          : "ok";
    print(ctx.stdout, `${source.id}  ${source.name}  ${redact(source.url)}`);
    const since = (iso?: string) =>
      iso ? `${iso} (${Math.round((now - Date.parse(iso)) / 3_600_000)} h ago)` : "never";
    print(
      ctx.stdout,
      `    ${state} · last success ${since(h?.lastSuccessAt)} · items seen ${h?.itemsSeen ?? 0}`,
    );
    if (h?.lastNewItemAt) print(ctx.stdout, `    last new item ${since(h.lastNewItemAt)}`);
    if (h?.lastErrorAt) print(ctx.stdout, `    last error ${since(h.lastErrorAt)}: ${h.lastError ?? ""}`);
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

/** `daybrief sources import file.opml`: appends the OPML's feeds to the config, keeping its comments. */
export function importSourcesCommand(ctx: CliContext, file: string, options: { config?: string }): number {
  const configPath = resolve(ctx.cwd, options.config ?? DEFAULT_CONFIG_FILE);
  if (!existsSync(configPath))
    throw new UsageError(`no config at ${configPath} — run \`daybrief init\` first`);
  const opmlPath = resolve(ctx.cwd, file);
  if (!existsSync(opmlPath)) throw new UsageError(`no OPML file at ${opmlPath}`);
  const feeds = parseOpml(readFileSync(opmlPath, "utf8"));
  const doc = parseDocument(readFileSync(configPath, "utf8"));
  let sources = doc.get("sources");
  if (!isSeq(sources)) {
    doc.set("sources", doc.createNode([]));
    sources = doc.get("sources");
  }
  if (!isSeq(sources)) throw new UsageError(`${configPath}: sources must be a list`);
  const known = new Set(sources.items.map((item) => (isMap(item) ? String(item.get("url")) : "")));
  let added = 0;
  for (const feed of feeds) {
    if (known.has(feed.url)) continue;
    known.add(feed.url);
    sources.add(doc.createNode({ name: feed.title || feed.url, url: feed.url }));
    added++;
  }
  const text = doc.toString();
  parseConfig(text, { env: ctx.env, baseDir: ctx.cwd, file: configPath }); // refuse to write a broken config
  writeFileSync(configPath, text);
  print(ctx.stdout, `imported ${added} new source(s) from ${file} (${feeds.length - added} already present)`);
  return 0;
}
