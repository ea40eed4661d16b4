/** The one small interface every delivery channel implements, and the values that flow through it. */
import type { Block, BlockOptions } from "../model/briefing-blocks.ts";

/** The renderer's output for the day, taken as plain strings (deliver/ never imports render/). */
export interface RenderedBriefing {
  markdown: string;
  html: string;
  json: string;
}

export interface FormatInput {
  /** The briefing as neutral blocks for this channel's options, built by render/. */
  blocks: Block[];
  rendered: RenderedBriefing;
}

export type FormatOptions = BlockOptions;

/** One message to send: a numbered part of a channel's formatted briefing. */
export interface OutgoingPart {
  /** 1-based. */
  index: number;
  total: number;
  /** The message body in the platform's format, 「i/n」 header included when total > 1. */
  body: string;
  /**
   * The delivery log's key: `${kind}:${index}:${digest}` where the digest covers the entries the part
   * carries (never the volatile text around them: times, counters, health notes); a part that
   * carries only the footer is `${kind}:footer:${digest of all entries}`.
   */
  partKey: string;
  /**
   * A stable id derived from (date, channel, partKey), sent where the platform takes an idempotency
   * key (Feishu `uuid`, the webhook's `Idempotency-Key`, the e-mail's Message-ID).
   */
  deliveryId: string;
  /** URLs of the entries the part carries (for the log, and to say why a part is sent again). */
  entries: string[];
  /** Keys also recorded when this part is accepted (the footer it carries). */
  alsoRecords: string[];
  /** Briefing date (YYYY-MM-DD), for subjects and archive paths. */
  date: string;
  /** Briefing heading ("AI 每日情报 | 2026-02-04", worded by render/), for subjects and card titles. */
  heading: string;
  /** Whole rendered outputs, for channels that send them as they are (email, webhook, files). */
  rendered: RenderedBriefing;
}

export interface SendContext {
  fetch: typeof fetch;
  now: () => Date;
  signal?: AbortSignal;
  /** How long to wait for the platform's answer (default 30 s). */
  timeoutMs?: number;
}

export interface Channel {
  type: string;
  /** The platform's documented limit for one message body, in its own unit. */
  limit: { unit: "bytes" | "chars"; max: number };
  /** Pause between two parts to the same destination (the platform's rate limit). */
  minIntervalMs: number;
  /** Size of a body in `limit.unit`; defaults to UTF-8 bytes or UTF-16 code units. */
  measure?(body: string): number;
  /** Cuts a too-long line into pieces within `budget` (Telegram: never inside a tag, entity or element). */
  atoms?(line: string, budget: number, measure: (s: string) => number): string[];
  /**
   * "blocks" (default): format() gives header, one block per entry, then footer blocks;
   * "whole": one body for the whole briefing (e-mail, webhook).
   */
  layout?: "blocks" | "whole";
  /** Values that must never appear in errors or logs (webhook URLs, tokens, secrets, passwords). */
  secrets: string[];
  /** One body per block (header, each entry, footer), in the platform's format. */
  format(input: FormatInput, options: FormatOptions): string[];
  /** Sends one part; throws DeliveryError (retryable or not) with secrets already redacted. */
  send(part: OutgoingPart, ctx: SendContext): Promise<void>;
}

/** A channel as configured: its id, the adapter, and how to format for it. */
export interface ConfiguredChannel {
  id: string;
  channel: Channel;
  options: FormatOptions;
  enabled?: boolean;
}

export interface DeliveryKey {
  date: string;
  channel: string;
  partKey: string;
}

export interface DeliveryRecord extends DeliveryKey {
  /** "sending": written just before a request leaves, so a killed run leaves a trace. */
  status: "sent" | "failed" | "sending";
  error?: string;
  attempts: number;
  /** Attempts whose outcome is unknown (timed out or cut off after the request left). */
  unknownOutcomes?: number;
  /** URLs of the entries the part carries. */
  entries?: string[];
  /** ISO 8601 UTC. */
  at: string;
}

export interface DeliveryState {
  status: "sent" | "failed" | "sending";
  /** Unknown outcomes so far, a "sending" row left by a killed run counted as one. */
  unknownOutcomes: number;
}

/** What deliver/ needs from the store to never send a part twice. */
export interface DeliveryLog {
  hasDelivered(key: DeliveryKey): Promise<boolean>;
  recordDelivery(rec: DeliveryRecord): Promise<void>;
  deliveryState(key: DeliveryKey): Promise<DeliveryState | undefined>;
  /** Parts accepted for this date and channel, with the entries they carried. */
  listSentParts(date: string, channel: string): Promise<{ partKey: string; entries: string[] }[]>;
}

export interface PartOutcome {
  index: number;
  total: number;
  partKey: string;
  status: "sent" | "skipped" | "failed";
  attempts: number;
  /** Why it failed or was skipped (secrets redacted). */
  reason?: string;
  /**
   * Set when this part goes out although the channel already got parts of this date and kind:
   * which of its entries are new, and which were sent before in another form (re-ranked, edited).
   */
  resent?: { added: string[]; changed: string[] };
}

export interface ChannelReport {
  id: string;
  type: string;
  parts: PartOutcome[];
  sent: number;
  skipped: number;
  failed: number;
  /** Set when the channel failed before any part (formatting error, disabled …). */
  error?: string;
}

export interface DeliveryReport {
  date: string;
  channels: ChannelReport[];
  /** True when no part failed anywhere. */
  ok: boolean;
}
