/**
 * WeCom (企业微信) group robot, msgtype markdown: content ≤ 4,096 bytes of UTF-8; at most
 * 20 messages a minute per robot, errcode 45009 when exceeded.
 */
import type { Channel } from "./channel.ts";
import { markdownAtoms, utf8Bytes } from "./measure.ts";
import { ChannelError, postJson, statusError } from "./post-json.ts";
import { redactText } from "./redact.ts";
import { renderBlocks } from "./render-spans.ts";

export interface WeComOptions {
  webhook: string;
}

/** 45009: API frequency limit; -1: system busy. */
const RETRYABLE_CODES = new Set([45009, -1]);

export function createWeComChannel(o: WeComOptions): Channel {
  const secrets = [o.webhook];
  return {
    type: "wecom",
    limit: { unit: "bytes", max: 4096 },
    atoms: markdownAtoms,
    // 20 a minute: one every three seconds.
    minIntervalMs: 3000,
    measure: utf8Bytes,
    secrets,
    format: ({ blocks }) => renderBlocks(blocks, "wecom"),
    async send(part, ctx) {
      const po = { channel: "wecom", secrets };
      const r = await postJson(o.webhook, { msgtype: "markdown", markdown: { content: part.body } }, ctx, po);
      if (r.status < 200 || r.status >= 300) throw statusError(r, o.webhook, ctx, po);
      const json = (r.json ?? {}) as { errcode?: number; errmsg?: string };
      if (json.errcode === undefined || json.errcode === 0) return;
      throw new ChannelError(
        `wecom: errcode ${json.errcode}: ${redactText(json.errmsg ?? "", secrets)}`,
        "wecom",
        RETRYABLE_CODES.has(json.errcode),
        {
          status: r.status,
          code: json.errcode,
        },
      );
    },
  };
}
