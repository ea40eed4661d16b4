/**
 * Feishu/Lark custom bot: an interactive card with one Markdown element per part.
 * Signature: HMAC-SHA256 keyed with `${timestamp}\n${secret}` over empty content, base64, sent in the
 * body with the timestamp (seconds). Request body ≤ 20 KB; 100/min and 5/s per bot; code 11232 is
 * the frequency limit (open.larkoffice.com 自定义机器人使用指南).
 */
import { createHmac } from "node:crypto";
import type { Channel, OutgoingPart, SendContext } from "./channel.ts";
import { markdownAtoms, utf8Bytes } from "./measure.ts";
import { ChannelError, postJson, statusError } from "./post-json.ts";
import { redactText } from "./redact.ts";
import { renderBlocks } from "./render-spans.ts";

export interface FeishuOptions {
  webhook: string;
  secret?: string;
}

/** Codes that mean "slow down and try again": bot frequency limit, OpenAPI frequency limit. */
const RETRYABLE_CODES = new Set([11232, 99991400]);
const REQUEST_LIMIT = 20 * 1024;
/** Room for the card envelope, title, timestamp and signature around the Markdown. */
const ENVELOPE = 1024;

export function signFeishu(timestamp: string, secret: string): string {
  return createHmac("sha256", `${timestamp}\n${secret}`).update("").digest("base64");
}

export function createFeishuChannel(o: FeishuOptions): Channel {
  const secrets = [o.webhook, ...(o.secret ? [o.secret] : [])];
  return {
    type: "feishu",
    limit: { unit: "bytes", max: REQUEST_LIMIT - ENVELOPE },
    atoms: markdownAtoms,
    // 5/s and 100/min per bot: one part a second stays well inside both.
    minIntervalMs: 1000,
    // Measured as it travels: JSON-escaped, UTF-8.
    measure: (body) => utf8Bytes(JSON.stringify(body)),
    secrets,
    format: ({ blocks }) => renderBlocks(blocks, "lark"),
    async send(part: OutgoingPart, ctx: SendContext) {
      const timestamp = String(Math.floor(ctx.now().getTime() / 1000));
      const payload = {
        ...(o.secret ? { timestamp, sign: signFeishu(timestamp, o.secret) } : {}),
        // Feishu's send-message API de-duplicates requests with the same uuid for an hour (≤ 50
        // characters); the custom-bot guide does not list the field, so there it is best effort.
        uuid: part.deliveryId,
        msg_type: "interactive",
        card: {
          config: { wide_screen_mode: true },
          header: {
            template: "blue",
            title: { tag: "plain_text", content: part.heading },
          },
          elements: [{ tag: "markdown", content: part.body }],
        },
      };
      const po = { channel: "feishu", secrets };
      const r = await postJson(o.webhook, payload, ctx, po);
      const json = (r.json ?? {}) as {
        code?: number;
        StatusCode?: number;
        msg?: string;
        StatusMessage?: string;
      };
      const code = json.code ?? json.StatusCode;
      if (r.status >= 200 && r.status < 300 && (code === 0 || code === undefined)) return;
      if (code !== undefined && code !== 0) {
        const msg = redactText(json.msg ?? json.StatusMessage ?? "", secrets);
        throw new ChannelError(
          `feishu: code ${code}: ${msg}`,
          "feishu",
          RETRYABLE_CODES.has(code) || r.status >= 500 || r.status === 429,
          {
            status: r.status,
            code,
          },
        );
      }
      throw statusError(r, o.webhook, ctx, po);
    },
  };
}
