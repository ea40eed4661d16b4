/**
 * DingTalk custom robot, msgtype markdown. Signed robots take `timestamp` (ms) and
 * `sign = urlencode(base64(HmacSHA256(secret, timestamp + "\n" + secret)))` in the query.
 * 20 messages a minute per robot, errcode 130101 "send too fast" (then throttled 10 minutes);
 * markdown text ≤ 20,000 bytes.
 */
import { createHmac } from "node:crypto";
import type { Channel } from "./channel.ts";
import { markdownAtoms, utf8Bytes } from "./measure.ts";
import { ChannelError, postJson, statusError } from "./post-json.ts";
import { redactText } from "./redact.ts";
import { renderBlocks } from "./render-spans.ts";

export interface DingTalkOptions {
  webhook: string;
  secret?: string;
}

const RETRYABLE_CODES = new Set([130101, -1]);

export function signDingTalk(timestamp: string, secret: string): string {
  return createHmac("sha256", secret).update(`${timestamp}\n${secret}`).digest("base64");
}

export function createDingTalkChannel(o: DingTalkOptions): Channel {
  const secrets = [o.webhook, ...(o.secret ? [o.secret] : [])];
  return {
    type: "dingtalk",
    limit: { unit: "bytes", max: 20_000 },
    atoms: markdownAtoms,
    minIntervalMs: 3000,
    measure: utf8Bytes,
    secrets,
    format: ({ blocks }) => renderBlocks(blocks, "dingtalk"),
    async send(part, ctx) {
      const url = new URL(o.webhook);
      if (o.secret) {
        const timestamp = String(ctx.now().getTime());
        url.searchParams.set("timestamp", timestamp);
        url.searchParams.set("sign", signDingTalk(timestamp, o.secret));
      }
      const title = `${part.heading}${part.total > 1 ? ` (${part.index}/${part.total})` : ""}`;
      const payload = { msgtype: "markdown", markdown: { title, text: part.body } };
      const po = { channel: "dingtalk", secrets };
      const r = await postJson(url.toString(), payload, ctx, po);
      if (r.status < 200 || r.status >= 300) throw statusError(r, o.webhook, ctx, po);
      const json = (r.json ?? {}) as { errcode?: number; errmsg?: string };
      if (json.errcode === undefined || json.errcode === 0) return;
      throw new ChannelError(
        `dingtalk: errcode ${json.errcode}: ${redactText(json.errmsg ?? "", secrets)}`,
        "dingtalk",
        RETRYABLE_CODES.has(json.errcode),
        { status: r.status, code: json.errcode },
      );
    },
  };
}
