/**
 * Generic webhook: POSTs the briefing JSON as rendered, signed with
 * `X-Daybrief-Signature: sha256=<hex HMAC-SHA256 of the body with the secret>`, plus
 * `X-Daybrief-Timestamp: <unix seconds>` so a receiver can refuse stale deliveries, and
 * `Idempotency-Key: <delivery id>` (the same for every attempt and run that sends these entries),
 * so a receiver can drop a repeat after a timeout.
 */
import { createHmac } from "node:crypto";
import type { Channel } from "./channel.ts";
import { postJson, statusError } from "./post-json.ts";

export interface WebhookOptions {
  url: string;
  secret?: string;
  headers?: Record<string, string>;
}

export function signWebhook(body: string, secret: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

export function createWebhookChannel(o: WebhookOptions): Channel {
  const secrets = [o.url, ...(o.secret ? [o.secret] : []), ...Object.values(o.headers ?? {})];
  return {
    type: "webhook",
    limit: { unit: "bytes", max: Number.POSITIVE_INFINITY },
    minIntervalMs: 0,
    secrets,
    layout: "whole",
    // One message: the JSON output itself, whatever the mode.
    format: ({ rendered }) => [rendered.json],
    async send(part, ctx) {
      const timestamp = String(Math.floor(ctx.now().getTime() / 1000));
      const headers: Record<string, string> = {
        ...o.headers,
        "x-daybrief-timestamp": timestamp,
        "idempotency-key": part.deliveryId,
      };
      if (o.secret) headers["x-daybrief-signature"] = signWebhook(part.body, o.secret);
      const po = { channel: "webhook", secrets, headers, body: part.body };
      const r = await postJson(o.url, undefined, ctx, po);
      if (r.status >= 200 && r.status < 300) return;
      throw statusError(r, o.url, ctx, po);
    },
  };
}
