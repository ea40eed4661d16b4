import { UsageError } from "../../errors.ts";
import { formatStars } from "../../model/briefing-wording.ts";
import { DraftStateError, publishDraft } from "../../pipeline/publish-draft.ts";
import { acquireRunLock } from "../../pipeline/run-lock.ts";
import { discardDraft, getReview, listDrafts, ReviewError } from "../../queries/index.ts";
import { type DraftSummary, openConfiguredStore, storeMayExist } from "../../store/index.ts";
import { formatDateTime } from "../../time.ts";
import { type CliContext, print } from "../context.ts";
import { EXIT, exitCodeOf } from "../handle-error.ts";
import { messagesOf, type Translate } from "../i18n.ts";
import { loadBriefingConfig, resolveDate } from "../load.ts";
import { openPipeline } from "../open-pipeline.ts";

export interface ReviewCommandOptions {
  config?: string;
  /** Which briefing of the install (config `briefings`). */
  briefing?: string;
  date?: string;
  list?: boolean;
  publish?: boolean;
  discard?: boolean;
}

/** Who a CLI decision is recorded as (the drafts table, the footer's review line). */
const CLI_USER = "cli";

/**
 * `daybrief review` (docs/review.md): --list the drafts; --date D shows the day's draft as it would
 * be published (hidden, pinned, ★, edits, unsupported edits); --publish publishes it through the
 * pipeline's publish and deliver steps under the run lock; --discard drops it. Exit codes: 0 done,
 * 2 no such draft / already decided / bad flags, 3 published but degraded, 1 the publication failed.
 */
export async function reviewCommand(ctx: CliContext, options: ReviewCommandOptions): Promise<number> {
  const t = messagesOf(ctx);
  const config = loadBriefingConfig(ctx, options);
  if (options.publish && options.discard) throw new UsageError(t("review.bothActions"));
  if (!options.list && options.date === undefined) throw new UsageError(t("review.needDate"));
  if (!storeMayExist(config.store)) {
    if (options.list) {
      print(ctx.stdout, t("review.noDrafts"));
      return EXIT.ok;
    }
    throw new UsageError(t("error.noStore", { path: config.store.path }));
  }
  const date = options.date === undefined ? undefined : resolveDate(ctx, config, options.date);
  if (options.list || date === undefined) {
    const store = await openConfiguredStore(config.store, { now: ctx.now });
    try {
      const drafts = await listDrafts({ store, config });
      if (drafts.length === 0) print(ctx.stdout, t("review.noDrafts"));
      for (const d of drafts) print(ctx.stdout, listLine(t, d, config.timezone));
    } finally {
      await store.close();
    }
    return EXIT.ok;
  }
  if (options.publish) return publish(ctx, config, date);
  const store = await openConfiguredStore(config.store, { now: ctx.now });
  try {
    const qctx = { store, config };
    if (options.discard) {
      try {
        await discardDraft(qctx, date, { user: CLI_USER, now: ctx.now() });
      } catch (error) {
        throw refusal(t, error, date, "discard");
      }
      print(ctx.stdout, t("review.discarded", { date }));
      return EXIT.ok;
    }
    const view = await getReview(qctx, date);
    if (!view) throw new UsageError(t("review.noDraft", { date }));
    const hidden = view.entries.filter((e) => e.hidden).length;
    print(
      ctx.stdout,
      t("review.header", {
        date,
        status: t(`review.status.${view.draft.status}`),
        shown: view.entries.length - hidden,
        hidden,
        edits: view.edits.length,
      }),
    );
    for (const e of view.entries) {
      const marks = (e.hidden ? t("review.mark.hidden") : "") + (e.pinned ? t("review.mark.pinned") : "");
      const entry = e.item.entry;
      print(
        ctx.stdout,
        t("review.entry", { marks, stars: formatStars(entry.stars), id: e.entryId, title: entry.title }),
      );
      for (const u of e.unsupported)
        print(
          ctx.stdout,
          t("review.unsupported", { where: u.label, claims: u.claims.join(t("runReason.separator")) }),
        );
    }
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

async function publish(
  ctx: CliContext,
  config: ReturnType<typeof loadBriefingConfig>,
  date: string,
): Promise<number> {
  const t = messagesOf(ctx);
  const lockStore = await openConfiguredStore(config.store, { now: ctx.now });
  const lock = await acquireRunLock(lockStore, { command: "publish", now: ctx.now });
  if (!lock.acquired) {
    await lockStore.close();
    const o = lock.owner;
    const owner = t("run.lockOwner", { pid: o.pid, host: o.host, command: o.command, since: o.since });
    throw new UsageError(t("run.locked", { path: config.store.path, owner }));
  }
  let opened: Awaited<ReturnType<typeof openPipeline>> | undefined;
  try {
    opened = await openPipeline(config, ctx, { quiet: true });
    let summary: Awaited<ReturnType<typeof publishDraft>>;
    try {
      summary = await publishDraft(opened.deps, { date, by: CLI_USER, signal: ctx.signal });
    } catch (error) {
      throw refusal(t, error, date, "publish");
    }
    if (summary.error) print(ctx.stderr, summary.error);
    for (const ch of summary.delivery?.channels ?? []) {
      const detail = ch.error ? ` — ${ch.error}` : ch.failed ? t("summary.retriedNext") : "";
      const counts = { sent: ch.sent, skipped: ch.skipped, failed: ch.failed };
      print(ctx.stdout, t("summary.delivered", { id: ch.id, type: ch.type, ...counts, detail }));
    }
    for (const [format, path] of Object.entries(summary.outputs))
      print(ctx.stdout, t("summary.wrote", { format, path }));
    print(
      ctx.stdout,
      t("review.published", {
        date,
        entries: summary.briefing?.items.length ?? 0,
        runId: summary.runId,
        status: summary.status,
      }),
    );
    return exitCodeOf(summary.status);
  } finally {
    await opened?.close();
    await lock.release();
    await lockStore.close();
  }
}

/** A refused publish or discard as the user's error (exit 2); anything else is rethrown. */
function refusal(t: Translate, error: unknown, date: string, action: "publish" | "discard"): unknown {
  const state =
    error instanceof DraftStateError
      ? error.state
      : error instanceof ReviewError
        ? error.code === "no_draft"
          ? "missing"
          : "decided"
        : undefined;
  if (state === undefined) return error;
  if (state === "missing") return new UsageError(t("review.noDraft", { date }));
  const given =
    error instanceof DraftStateError ? error.state : error instanceof ReviewError ? error.status : undefined;
  const status = given === "published" || given === "discarded" || given === "draft" ? given : undefined;
  return new UsageError(
    t("review.alreadyDecided", {
      date,
      status: status ? t(`review.status.${status}`) : t("review.status.published"),
      action: t(`review.action.${action}`),
    }),
  );
}

function listLine(t: Translate, d: DraftSummary, timeZone: string): string {
  return t("review.listLine", {
    date: d.date,
    status: t(`review.status.${d.status}`),
    entries: d.entries,
    created: formatDateTime(d.createdAt, timeZone),
    deadline: d.deadline ? t("review.deadline", { time: formatDateTime(d.deadline, timeZone) }) : "",
    decided:
      d.decidedBy && d.decidedAt
        ? t("review.decided", { by: d.decidedBy, time: formatDateTime(d.decidedAt, timeZone) })
        : "",
  });
}
