import { UsageError } from "../../errors.ts";
import { publishBriefing } from "../../pipeline/publish.ts";
import { rebuildBriefing } from "../../queries/index.ts";
import { renderHtml, renderJson, renderMarkdown } from "../../render/index.ts";
import { storeMayExist } from "../../store/index.ts";
import { type CliContext, print } from "../context.ts";
import { loadCliConfig, resolveDate } from "../load.ts";
import { openPipeline } from "../open-pipeline.ts";

const FORMATS = { md: renderMarkdown, html: renderHtml, json: renderJson } as const;

/** `daybrief render --date D`: rebuilds a day's outputs from stored analyses; nothing is fetched or analysed. */
export async function renderCommand(
  ctx: CliContext,
  options: { config?: string; date: string; format?: string },
) {
  const config = loadCliConfig(ctx, options.config);
  const date = resolveDate(ctx, config, options.date);
  const format = options.format;
  if (format !== undefined && !(format in FORMATS)) {
    throw new UsageError(`--format must be one of ${Object.keys(FORMATS).join(", ")}, got "${format}"`);
  }
  if (!storeMayExist(config.store))
    throw new UsageError(`no store at ${config.store.path} — run \`daybrief run\` first`);
  const opened = await openPipeline(config, ctx, { quiet: true, renderOnly: true });
  try {
    const briefing = await rebuildBriefing(opened.deps, date);
    if (!briefing) {
      throw new UsageError(`nothing stored for ${date} — run \`daybrief run --date ${date}\` first`);
    }
    if (format) {
      ctx.stdout.write(FORMATS[format as keyof typeof FORMATS](briefing));
      return 0;
    }
    const { outputs } = await publishBriefing(opened.deps, briefing);
    for (const [f, path] of Object.entries(outputs)) print(ctx.stdout, `wrote ${f}: ${path}`);
    return 0;
  } finally {
    await opened.close();
  }
}
