import { briefingIdsOf } from "../../config/index.ts";
import { errorMessage } from "../../errors.ts";
import { briefingIdOf } from "../../model/briefing-id.ts";
import { sendTextToChannel } from "../../pipeline/deliver-channels.ts";
import {
  DEFAULT_RETRY_POLICY,
  deliveryHistoryOf,
  planDeliveryRetry,
  recordGiveUp,
  retryDeliveries,
} from "../../pipeline/retry-deliveries.ts";
import { depsForBriefing } from "../../pipeline/run-briefings.ts";
import type { ScheduledJob } from "../../pipeline/scheduler.ts";
import type { Run } from "../../store/index.ts";
import { addDays, dayOf } from "../../time.ts";
import { print } from "../context.ts";
import { messagesOf } from "../i18n.ts";
import { openPipeline } from "../open-pipeline.ts";
import { commandOf, commandsOf, type Shared, underLock, withStore } from "./schedule-shared.ts";

/**
 * The delivery retries that are due now, for each briefing job's day: re-sends only the missing
 * parts, or gives up with an alert once the retries are spent. Prints one line per action and
 * returns when the next retry is due.
 */
export async function retryDueDeliveries(
  s: Shared,
  jobs: readonly ScheduledJob[],
): Promise<Date | undefined> {
  const { ctx, config } = s;
  let next: Date | undefined;
  const sooner = (at: Date | undefined) => {
    if (at && (!next || at < next)) next = at;
  };
  const seen = new Set<string>();
  // Per briefing of the install (config `briefings`): each has its own runs and delivery log.
  const pairs = jobs.flatMap((job) =>
    (job.briefings ?? briefingIdsOf(config)).map((id) => [job, id] as const),
  );
  for (const [job, briefing] of pairs) {
    if (job.kind !== "briefing") continue; // an update's parts are rebuilt by the next update
    const date = addDays(dayOf(ctx.now(), config.timezone), job.dateOffset);
    if (seen.has(`${briefing} ${date}`)) continue;
    seen.add(`${briefing} ${date}`);
    sooner(await retryDueDay(s, briefing, date, commandOf(job), commandsOf(job)));
  }
  // A reviewed draft's publication (command "publish": the web's Publish, `daybrief review
  // --publish`, the deadline) of a recent day, other than an update's: its missing parts are
  // retried the same way, through the same delivery log (docs/guarantees.md: a part recorded
  // "sending" is an unknown outcome and is sent at most once more).
  const today = dayOf(ctx.now(), config.timezone);
  const recent = new Set([today, addDays(today, -1)]);
  const published = await withStore(config, ctx, async (store) => {
    const kept: Array<[briefing: string, date: string]> = [];
    const runs = (await store.listRuns(500)).filter((r) => r.command === "publish" && recent.has(r.date));
    const pairs = new Set(runs.map((r) => `${briefingIdOf(r.briefingId)} ${r.date}`));
    for (const pair of pairs) {
      const [briefing, date] = pair.split(" ") as [string, string];
      if ((await store.getDraft(date, briefing))?.kind !== "update") kept.push([briefing, date]);
    }
    return kept;
  });
  for (const [briefing, date] of published)
    sooner(await retryDueDay(s, briefing, date, "publish", ["publish"]));
  return next;
}

/**
 * One day's delivery retry, when due: re-sends only the missing parts of the runs named `commands`
 * (recorded as `retry:<command>`), or gives up with an alert once the retries are spent. Prints one
 * line per action and returns when the next retry of the day is due.
 */
async function retryDueDay(
  s: Shared,
  briefing: string,
  date: string,
  command: string,
  commands: readonly string[],
): Promise<Date | undefined> {
  const { ctx, config } = s;
  const t = messagesOf(ctx);
  // Each briefing of the install (config `briefings`) has its own runs and delivery log.
  const runsOf = (runs: Run[]) => runs.filter((r) => briefingIdOf(r.briefingId) === briefing);
  const history = await withStore(config, ctx, async (store) =>
    deliveryHistoryOf(runsOf(await store.listRuns(500)), date, commands),
  );
  const plan = planDeliveryRetry(history, DEFAULT_RETRY_POLICY, ctx.now(), config.timezone);
  if (plan.action === "wait") return plan.at;
  if (plan.action === "none") return undefined;
  const max = DEFAULT_RETRY_POLICY.delaysMs.length;
  const outcome = await underLock(ctx, config, `retry:${command}`, async () => {
    const opened = await openPipeline(config, ctx, { quiet: true, logger: s.logger, redact: s.redact });
    try {
      const deps = depsForBriefing(opened.deps, briefing);
      if (plan.action === "give-up") {
        const text = await recordGiveUp(deps, {
          date,
          command,
          retries: plan.retries,
          undelivered: history?.undelivered ?? 0,
        });
        let alert = t("schedule.noAlertChannel");
        if (config.health.alertChannel) {
          alert = await sendTextToChannel(opened.deps, config.health.alertChannel, text).then(
            () => t("schedule.alertSent", { channel: config.health.alertChannel }),
            (error: unknown) => t("schedule.alertNotSent", { error: s.redact(errorMessage(error)) }),
          );
        }
        const parts = history?.undelivered ?? 0;
        print(ctx.stdout, t("schedule.gaveUp", { date, retries: plan.retries, parts, alert }));
        return undefined;
      }
      const result = await retryDeliveries(deps, {
        date,
        command,
        attempt: plan.attempt,
        signal: ctx.signal,
      });
      const sent =
        result.sent
          .map((c) => t("schedule.channelParts", { channel: c.channel, parts: c.parts }))
          .join(", ") || t("schedule.nothing");
      const missing =
        result.missing.map((c) => `${c.channel} ×${c.parts}`).join(", ") || t("schedule.channelFailedEarly");
      const attempt = { attempt: plan.attempt, max };
      print(
        ctx.stdout,
        t("schedule.retry", { date, ...attempt, missing, sent, undelivered: result.undelivered }),
      );
      const after = await withStore(config, ctx, async (store) =>
        deliveryHistoryOf(runsOf(await store.listRuns(500)), date, commands),
      );
      return planDeliveryRetry(after, DEFAULT_RETRY_POLICY, ctx.now(), config.timezone);
    } finally {
      await opened.close();
    }
  });
  if (!outcome.ran) {
    print(ctx.stderr, t("schedule.retrySkipped", { date, holder: outcome.holder }));
    return undefined;
  }
  const after = outcome.value;
  // A give-up due right after this retry is handled by the next check, at once.
  return after?.action === "wait" ? after.at : after?.action === "give-up" ? ctx.now() : undefined;
}
