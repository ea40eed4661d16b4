import { resolve } from "node:path";
import { UsageError } from "../../errors.ts";
import { publishSite } from "../../pipeline/publish-site.ts";
import { openConfiguredStore, storeMayExist } from "../../store/index.ts";
import { type CliContext, print } from "../context.ts";
import { messagesOf } from "../i18n.ts";
import { loadBriefingConfig } from "../load.ts";

export interface PublishSiteCommandOptions {
  config?: string;
  /** Which briefing of the install (config `briefings`). */
  briefing?: string;
  out?: string;
  siteUrl?: string;
}

/**
 * `daybrief publish-site --out DIR`: a static site of the stored archive (day pages, an index with
 * client-side search, feed.xml, search-index.json) for GitHub Pages or any static host. Reads the
 * store only: nothing is fetched, analysed or sent.
 */
export async function publishSiteCommand(
  ctx: CliContext,
  options: PublishSiteCommandOptions,
): Promise<number> {
  const t = messagesOf(ctx);
  const config = loadBriefingConfig(ctx, options);
  const siteUrl = options.siteUrl ?? config.output.siteUrl;
  if (siteUrl !== undefined && !/^https?:\/\/[^/]/i.test(siteUrl)) {
    throw new UsageError(t("publishSite.badUrl", { value: siteUrl }));
  }
  if (!storeMayExist(config.store)) {
    throw new UsageError(t("error.noStore", { path: config.store.path }));
  }
  const outDir = resolve(ctx.cwd, options.out ?? "site");
  const store = await openConfiguredStore(config.store);
  try {
    const result = await publishSite(store, {
      outDir,
      title: config.briefing.title,
      siteUrl,
      briefingId: config.briefing.id,
    });
    if (!siteUrl) {
      print(ctx.stderr, t("publishSite.noSiteUrl"));
    }
    print(ctx.stdout, t("publishSite.wrote", { days: result.days, entries: result.entries, dir: outDir }));
    return 0;
  } finally {
    await store.close();
  }
}
