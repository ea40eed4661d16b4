import { briefingChannels } from "../config/index.ts";
import {
  createChannel,
  type DeliveryKind,
  type DeliveryLog,
  type DeliveryReport,
  deliverBriefing,
  deliveryIdOf,
  formatPlainText,
} from "../deliver/index.ts";
import type { Briefing } from "../model/briefing.ts";
import { formatBriefingHeading } from "../model/briefing-wording.ts";
import { defangAddresses } from "../model/defang.ts";
import { briefingBlocks, escapeHtml } from "../render/index.ts";
import type { Store } from "../store/index.ts";
import { dayOf } from "../time.ts";
import type { PipelineDeps } from "./deps.ts";

/**
 * Sends the briefing to every configured channel. The store is the delivery log, keyed by the
 * entries each part carries: a part whose entries were sent is never sent again (unless forced),
 * a failed or missing part is sent by the next run, and a cancellation (signal) propagates after
 * every accepted part is recorded.
 */
export async function deliverToChannels(
  deps: PipelineDeps,
  briefing: Briefing,
  rendered: { markdown: string; html: string; json: string },
  options: {
    force?: boolean;
    signal?: AbortSignal;
    kind?: DeliveryKind;
    /** Only these channels (a queue job delivers one channel); default every enabled one. */
    channelIds?: readonly string[];
  } = {},
): Promise<DeliveryReport | undefined> {
  const only = options.channelIds && new Set(options.channelIds);
  const channels = briefingChannels(deps.config)
    .filter((c) => c.enabled && (!only || only.has(c.id)))
    .map((c) => createChannel(c));
  if (channels.length === 0) return undefined;
  // The channels to go (0 of N) are told with the stage, so the stored progress has both at once.
  deps.progress.step("deliver", 0, channels.length);
  deps.progress.stage("deliver");
  const input = {
    briefing,
    blocks: briefingBlocks(briefing),
    rendered,
    log: deliveryLogOf(deps.store, deps.config.briefing.id),
    force: options.force,
    kind: options.kind,
  };
  const ctx = {
    fetch: deps.http.fetch,
    now: deps.now,
    logger: deps.logger,
    signal: options.signal,
    sleep: deps.sleep,
  };
  // Channels side by side as deliverBriefing sends them, one call each, so the progress counts the
  // channels done (a step each); every one settles before a cancellation reaches the caller.
  let done = 0;
  const settled = await Promise.allSettled(
    channels.map((channel) =>
      deliverBriefing({ ...input, channels: [channel] }, ctx).finally(() =>
        deps.progress.step("deliver", ++done, channels.length),
      ),
    ),
  );
  if (options.signal?.aborted) throw options.signal.reason ?? new Error("delivery cancelled");
  const reports = settled.map((r) => {
    if (r.status === "rejected") throw r.reason;
    return r.value;
  });
  const all = reports.flatMap((r) => r.channels);
  return { date: briefing.date, channels: all, ok: reports.every((r) => r.ok) };
}

/** The store as one briefing's delivery log: every key it reads or writes carries the briefing id. */
export function deliveryLogOf(
  store: Pick<Store, keyof DeliveryLog>,
  briefingId: string | undefined,
): DeliveryLog {
  if (briefingId === undefined) return store;
  return {
    hasDelivered: (key) => store.hasDelivered({ ...key, briefingId }),
    recordDelivery: (rec) => store.recordDelivery({ ...rec, briefingId }),
    deliveryState: (key) => store.deliveryState({ ...key, briefingId }),
    listSentParts: (date, channel) => store.listSentParts(date, channel, briefingId),
  };
}

/**
 * The entries every enabled channel has already received for this date (in any part, briefing or
 * update), or undefined when no channel is enabled. An update run sends what is not in this set, so
 * an update cut off mid-delivery is completed by the next one instead of being lost.
 */
export async function entriesDeliveredEverywhere(
  deps: PipelineDeps,
  date: string,
): Promise<Set<string> | undefined> {
  const ids = briefingChannels(deps.config)
    .filter((c) => c.enabled)
    .map((c) => c.id);
  if (ids.length === 0) return undefined;
  const perChannel: Set<string>[] = [];
  for (const id of ids)
    perChannel.push(
      new Set((await deps.store.listSentParts(date, id, deps.config.briefing.id)).flatMap((p) => p.entries)),
    );
  return new Set([...perChannel[0]!].filter((url) => perChannel.every((s) => s.has(url))));
}

/**
 * Sends one short plain text (a source-health alert) to the channel with this id, in one part,
 * escaped for the platform like any text a feed could have written (source names, error text).
 */
export async function sendTextToChannel(deps: PipelineDeps, channelId: string, text: string): Promise<void> {
  const config = deps.config.channels.find((c) => c.id === channelId);
  if (!config) throw new Error(`health.alertChannel names no channel "${channelId}"`);
  const { channel } = createChannel(config);
  // The e-mail's plain-text part is this text: an address in it (a redirect's target, a feed's
  // error) is defanged as in every other output, so no mail client links it.
  const shown = defangAddresses(text);
  const html = `<pre>${escapeHtml(shown)}</pre>`;
  const date = dayOf(deps.now(), deps.config.timezone);
  await channel.send(
    {
      index: 1,
      total: 1,
      body: formatPlainText(channel.type, text),
      partKey: "alert",
      deliveryId: deliveryIdOf(date, channelId, `alert:${text}`),
      entries: [],
      alsoRecords: [],
      heading: formatBriefingHeading(deps.config.briefing.title, date),
      date,
      rendered: { markdown: shown, html, json: JSON.stringify({ alert: shown }) },
    },
    { fetch: deps.http.fetch, now: deps.now },
  );
}
