/** The one small interface every delivery channel implements, and the values that flow through it. */
import type { Briefing } from "../model/index.ts";

/** The renderer's output for the day, taken as plain strings (deliver/ never imports render/). */
export interface RenderedBriefing {
  markdown: string;
  html: string;
  json: string;
}

export interface FormatInput {
  briefing: Briefing;
  rendered: RenderedBriefing;
}

export interface FormatOptions {
  /** full: every entry in full; digest: titles, ★ and links, plus a link to the full page. */
  mode: "full" | "digest";
  /** URL of the full briefing page, linked from digests. */
  pageUrl?: string;
}

/** One message to send: a numbered part of a channel's formatted briefing. */
export interface OutgoingPart {
  /** 1-based. */
  index: number;
  total: number;
  /** The message body in the platform's format, 「i/n」 header included when total > 1. */
  body: string;
  /** `${index}/${total}:${sha256(body).slice(0,16)}`: the delivery log's key. */
  partKey: string;
  /** Briefing date (YYYY-MM-DD), for subjects and archive paths. */
  date: string;
  /** Briefing heading (config briefing.title), for subjects and card titles. */
  title: string;
  /** Whole rendered outputs, for channels that send them as they are (email, webhook, files). */
  rendered: RenderedBriefing;
}

export interface SendContext {
  fetch: typeof fetch;
  now: () => Date;
  signal?: AbortSignal;
}

export interface Channel {
  type: string;
  /** The platform's documented limit for one message body, in its own unit. */
  limit: { unit: "bytes" | "chars"; max: number };
  /** Pause between two parts to the same destination (the platform's rate limit). */
  minIntervalMs: number;
  /** Size of a body in `limit.unit`; defaults to UTF-8 bytes or UTF-16 code units. */
  measure?(body: string): number;
  /** Cuts a line into pieces that may be split apart (Telegram: never inside a tag or entity). */
  atoms?(line: string): string[];
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
  status: "sent" | "failed";
  error?: string;
  attempts: number;
  /** ISO 8601 UTC. */
  at: string;
}

/** What deliver/ needs from the store to never send a part twice. */
export interface DeliveryLog {
  hasDelivered(key: DeliveryKey): boolean;
  recordDelivery(rec: DeliveryRecord): void;
}

export interface PartOutcome {
  index: number;
  total: number;
  partKey: string;
  status: "sent" | "skipped" | "failed";
  attempts: number;
  /** Why it failed or was skipped (secrets redacted). */
  reason?: string;
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
