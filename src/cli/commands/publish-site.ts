import { resolve } from "node:path";
import { UsageError } from "../../errors.ts";
import { publishSite } from "../../pipeline/publish-site.ts";
import { openConfiguredStore, storeMayExist } from "../../store/index.ts";
import { type CliContext, print } from "../context.ts";
import { loadCliConfig } from "../load.ts";

export interface PublishSiteCommandOptions {
  config?: string;
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
  const config = loadCliConfig(ctx, options.config);
  const siteUrl = options.siteUrl ?? config.output.siteUrl;
  if (siteUrl !== undefined && !/^https?:\/\/[^/]/i.test(siteUrl)) {
    throw new UsageError(`--site-url must be an http(s) URL, got "${siteUrl}"`);
  }
  if (!storeMayExist(config.store)) {
    throw new UsageError(`no store at ${config.store.path} — run \`daybrief run\` first`);
  }
  const outDir = resolve(ctx.cwd, options.out ?? "site");
  const store = await openConfiguredStore(config.store);
  try {
    const result = await publishSite(store, { outDir, title: config.briefing.title, siteUrl });
    if (!siteUrl) {
      print(
        ctx.stderr,
        "warning: output.siteUrl is not set (nor --site-url): feed.xml uses urn:uuid ids and relative links; set it to the site's public URL",
      );
    }
    print(ctx.stdout, `wrote a site of ${result.days} days (${result.entries} entries) to ${outDir}`);
    return 0;
  } finally {
    await store.close();
  }
}
