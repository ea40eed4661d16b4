/**
 * The identity of each outgoing part: which entries it carries, never the volatile text around them.
 * Two runs whose entries are the same give the same keys on every channel, whatever their
 * generation time, failure counters or health notes say, so the second run sends nothing.
 */
import { createHash } from "node:crypto";
import type { Briefing, BriefingItem } from "../model/index.ts";
import { describeItemNotes } from "../model/item-notes.ts";
import type { PlannedPart } from "./split-parts.ts";

/** What a channel sends for a date: the briefing, or a catch-up (`run --update`) of new entries. */
export type DeliveryKind = "briefing" | "update";

const sha = (s: string) => createHash("sha256").update(s).digest("hex");

/** An entry's content as the reader gets it: rank, link, the analysis, its notes. */
export function entryDigest(item: BriefingItem, rank: number): string {
  return sha(
    JSON.stringify([rank, item.url, item.entry, item.articleStatus ?? "", describeItemNotes(item)]),
  ).slice(0, 24);
}

export interface PartIdentity {
  partKey: string;
  entries: string[];
  alsoRecords: string[];
}

/**
 * Keys for planned parts. Blocks layout: block 0 is the header (its count follows the entries; it
 * does not change a part's identity), blocks 1..n the entries, the rest the footer; "whole": the one
 * block stands for all entries.
 */
export function identifyParts(
  planned: PlannedPart[],
  briefing: Briefing,
  kind: DeliveryKind,
  layout: "blocks" | "whole",
): PartIdentity[] {
  const digests = briefing.items.map((item, i) => entryDigest(item, i + 1));
  const all = sha(digests.join(",")).slice(0, 24);
  const n = briefing.items.length;
  const footerKey = `${kind}:footer:${all}`;
  return planned.map((part, i) => {
    const ids: string[] = [];
    const entries = new Set<string>();
    let footer = false;
    for (const { block, piece } of part.units) {
      if (layout === "whole") {
        ids.push(`w:${all}:${piece}`);
        for (const item of briefing.items) entries.add(item.url);
      } else if (block === 0) ids.push(`h:${piece}`);
      else if (block <= n) {
        const item = briefing.items[block - 1]!;
        ids.push(`e:${digests[block - 1]}:${piece}`);
        entries.add(item.url);
      } else footer = true;
    }
    if (ids.length === 0) return { partKey: footerKey, entries: [], alsoRecords: [] };
    return {
      partKey: `${kind}:${i + 1}:${sha(ids.join(",")).slice(0, 24)}`,
      entries: [...entries],
      alsoRecords: footer ? [footerKey] : [],
    };
  });
}

/** An id for the platform's own de-duplication (Feishu's `uuid` takes at most 50 characters). */
export function deliveryIdOf(date: string, channel: string, partKey: string): string {
  return `daybrief-${sha(`${date}|${channel}|${partKey}`).slice(0, 32)}`;
}
