import { UsageError } from "../../errors.ts";
import { publishBriefing, rerenderArchive } from "../../pipeline/publish.ts";
import { draftStateOf, rebuildBriefing } from "../../queries/index.ts";
import { renderHtml, renderJson, renderMarkdown } from "../../render/index.ts";
import { storeMayExist } from "../../store/index.ts";
import { type CliContext, print } from "../context.ts";
import { messagesOf } from "../i18n.ts";
import { loadBriefingConfig, resolveStoredDate } from "../load.ts";
import { openPipeline } from "../open-pipeline.ts";

const FORMATS = { md: renderMarkdown, html: renderHtml, json: renderJson } as const;

/**
 * `daybrief render [--date D]`: rebuilds a day's outputs from stored analyses; nothing is fetched
 * or analysed. Without --date: the latest stored day. `--archive`: every published day's files
 * written again from its stored briefing, as published (after an upgrade of the output rules).
 */
export async function renderCommand(
  ctx: CliContext,
  options: { config?: string; date?: string; format?: string; briefing?: string; archive?: boolean },
) {
  const t = messagesOf(ctx);
  const config = loadBriefingConfig(ctx, options);
  const format = options.format;
  if (format !== undefined && !(format in FORMATS)) {
    throw new UsageError(t("render.badFormat", { formats: Object.keys(FORMATS).join(", "), value: format }));
  }
  if (!storeMayExist(config.store)) throw new UsageError(t("error.noStore", { path: config.store.path }));
  if (options.archive && (format !== undefined || options.date !== undefined))
    throw new UsageError(t("render.archiveAlone"));
  const opened = await openPipeline(config, ctx, { quiet: true, renderOnly: true });
  try {
    if (options.archive) {
      const written = await rerenderArchive(opened.deps);
      print(ctx.stdout, t("render.archiveWrote", { files: written.length, dir: config.output.dir }));
      return 0;
    }
    const date = await resolveStoredDate(ctx, config, opened.deps.store, options.date);
    const briefing = await rebuildBriefing(opened.deps, date);
    if (!briefing) throw new UsageError(t("render.nothingStored", { date }));
    if (format) {
      ctx.stdout.write(FORMATS[format as keyof typeof FORMATS](briefing));
      return 0;
    }
    // A draft awaiting review (or discarded) is not published by a re-render: only `review --publish`.
    const draft = await draftStateOf({ store: opened.deps.store, config }, date);
    if (draft && draft.status !== "published")
      throw new UsageError(t("render.draftPending", { date, status: t(`review.status.${draft.status}`) }));
    const { outputs } = await publishBriefing(opened.deps, briefing);
    for (const [f, path] of Object.entries(outputs))
      print(ctx.stdout, t("render.wrote", { format: f, path }));
    return 0;
  } finally {
    await opened.close();
  }
}
