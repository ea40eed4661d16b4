import type { DeliveryKind, DeliveryReport } from "../../deliver/index.ts";
import type { Briefing } from "../../model/briefing.ts";
import { redactPatterns } from "../../model/redact.ts";
import { renderHtml, renderJson, renderMarkdown } from "../../render/index.ts";
import { deliverToChannels, entriesDeliveredEverywhere } from "../deliver-channels.ts";
import type { PipelineDeps } from "../deps.ts";
import type { PublishResult } from "../publish.ts";
import { atStage, type RunContext } from "./run-context.ts";

export interface DeliverStepInput {
  briefing: Briefing;
  rendered: PublishResult["rendered"];
  /** "update": channels get only the entries not yet delivered (nothing when there are none). */
  kind: DeliveryKind;
  /** The links of the day's briefing before this run (an update without a delivery log compares with them). */
  earlierUrls?: ReadonlySet<string>;
  /** Send parts again even when the delivery log says they were sent. */
  force?: boolean;
  /** Only these channels (a queue job delivers one channel); default every enabled one. */
  channelIds?: readonly string[];
}

/**
 * deliver: the briefing (or, for an update, its new entries) sent to every enabled channel; the
 * delivery log skips parts already sent. A part that failed is recorded as the run's failure.
 */
export async function deliverStep(
  deps: PipelineDeps,
  run: RunContext,
  input: DeliverStepInput,
): Promise<DeliveryReport | undefined> {
  const { briefing, rendered, kind } = input;
  const toSend =
    kind === "update"
      ? newEntriesOnly(briefing, input.earlierUrls, await entriesDeliveredEverywhere(deps, run.date))
      : { briefing, rendered };
  if (!toSend) return undefined;
  const delivery = await deliverToChannels(
    withRedactedDeliveryLog(atStage(deps, "deliver")),
    toSend.briefing,
    toSend.rendered,
    { force: input.force, signal: run.signal, kind, channelIds: input.channelIds },
  );
  for (const ch of delivery?.channels ?? []) {
    const failed = ch.parts.filter((p) => p.status === "failed");
    if (ch.error || failed.length > 0) {
      run.failures.push({
        stage: "deliver",
        message: `${ch.id}: ${ch.error ?? failed.map((p) => `part ${p.index}/${p.total} ${p.reason ?? ""}`).join("; ")}`,
      });
    }
  }
  return delivery;
}

/** The delivery log keeps each channel's error text: through the redactor, like everything stored. */
export function withRedactedDeliveryLog(deps: PipelineDeps): PipelineDeps {
  const { store } = deps;
  const redact = deps.redact ?? redactPatterns;
  return {
    ...deps,
    store: {
      ...store,
      recordDelivery: (input) =>
        store.recordDelivery({
          ...input,
          error: input.error === undefined ? undefined : redact(input.error),
        }),
    },
  };
}

/**
 * The entries a catch-up run adds, rendered for the channels: those not yet delivered to every
 * channel (so an update cut off mid-delivery is completed next time), or with no channel log, those
 * not in the day's earlier briefing.
 */
function newEntriesOnly(briefing: Briefing, earlierUrls?: ReadonlySet<string>, delivered?: Set<string>) {
  const earlier = delivered ?? earlierUrls ?? new Set<string>();
  const items = briefing.items.filter((i) => !earlier.has(i.url));
  if (items.length === 0) return undefined;
  const update: Briefing = {
    ...briefing,
    items,
    notes: [`更新：本日简报新增 ${items.length} 条`, ...briefing.notes],
  };
  return {
    briefing: update,
    rendered: { markdown: renderMarkdown(update), html: renderHtml(update), json: renderJson(update) },
  };
}
