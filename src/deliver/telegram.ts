/**
 * Telegram bot sendMessage with parse_mode HTML: only <b>, <a href> are used, & < > " escaped.
 * Text is 1–4096 characters after entity parsing; 429 carries parameters.retry_after (seconds).
 * About one message a second per chat.
 */

import { isRetryableStatus } from "../http/retry.ts";
import type { Channel } from "./channel.ts";
import { telegramAtoms, telegramVisibleText } from "./measure.ts";
import { ChannelError, postJson } from "./post-json.ts";
import { redactText, redactUrl } from "./redact.ts";
import { renderBlocks } from "./render-spans.ts";

export interface TelegramOptions {
  botToken: string;
  chatId: string;
  /** Bot API root; tests point it at a local receiver. */
  apiBase?: string;
}

export function createTelegramChannel(o: TelegramOptions): Channel {
  const base = (o.apiBase ?? "https://api.telegram.org").replace(/\/$/, "");
  const url = `${base}/bot${o.botToken}/sendMessage`;
  const secrets = [o.botToken, url];
  return {
    type: "telegram",
    limit: { unit: "chars", max: 4096 },
    minIntervalMs: 1000,
    // The limit applies after entity parsing: count what the reader sees.
    measure: (body) => telegramVisibleText(body).length,
    atoms: telegramAtoms,
    secrets,
    format: ({ blocks }) => renderBlocks(blocks, "telegram"),
    async send(part, ctx) {
      const payload = {
        chat_id: o.chatId,
        text: part.body,
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
      };
      const po = { channel: "telegram", secrets };
      const r = await postJson(url, payload, ctx, po);
      const json = (r.json ?? {}) as {
        ok?: boolean;
        error_code?: number;
        description?: string;
        parameters?: { retry_after?: number };
      };
      if (r.status >= 200 && r.status < 300 && json.ok !== false) return;
      const retryAfter = json.parameters?.retry_after;
      throw new ChannelError(
        `telegram: ${redactUrl(url)} answered HTTP ${r.status}: ${redactText(json.description ?? r.text.slice(0, 200), secrets)}`,
        "telegram",
        isRetryableStatus(r.status),
        {
          status: r.status,
          code: json.error_code,
          retryAfterMs: retryAfter !== undefined ? retryAfter * 1000 : undefined,
        },
      );
    },
  };
}
