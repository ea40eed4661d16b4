import { escapeHtml } from "../model/escape-html.ts";
import { type Reason, reasonOfError } from "../model/reasons.ts";
import type { ConfiguredChannel, SendContext } from "./channel.ts";
import { formatPlainText } from "./escape-chat.ts";
import { deliveryIdOf } from "./part-keys.ts";

/** What one test message to a channel came back with. */
export interface ChannelTestResult {
  id: string;
  type: string;
  ok: boolean;
  latencyMs: number;
  /** The platform's last HTTP answer: status and body (cut to 300 characters); absent for e-mail. */
  status?: number;
  answer?: string;
  /** Why it failed, as data, and the channel's (redacted) message. */
  reason?: Reason;
  error?: string;
}

const ANSWER_CHARS = 300;

/**
 * Sends one short plain-text message through a channel's own adapter (the same signing, payload
 * and error decoding as a briefing part) and returns what the platform answered. Never throws.
 */
export async function sendTestMessage(
  configured: ConfiguredChannel,
  text: string,
  ctx: SendContext & { date: string; heading: string },
): Promise<ChannelTestResult> {
  const { id, channel } = configured;
  let status: number | undefined;
  let answer: string | undefined;
  // The platform's answer, read from a copy of the response the adapter itself decodes.
  const recording: typeof fetch = async (input, init) => {
    const response = await ctx.fetch(input, init);
    status = response.status;
    answer = (await response.clone().text()).slice(0, ANSWER_CHARS);
    return response;
  };
  const started = performance.now();
  const base = { id, type: channel.type };
  try {
    await channel.send(
      {
        index: 1,
        total: 1,
        body: formatPlainText(channel.type, text),
        partKey: "test",
        deliveryId: deliveryIdOf(ctx.date, id, `test:${ctx.now().toISOString()}`),
        entries: [],
        alsoRecords: [],
        heading: ctx.heading,
        date: ctx.date,
        rendered: {
          markdown: text,
          html: `<p>${escapeHtml(text)}</p>`,
          json: JSON.stringify({ test: text }),
        },
      },
      { ...ctx, fetch: recording },
    );
    return { ...base, ok: true, latencyMs: Math.round(performance.now() - started), status, answer };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const reason = reasonOfError(error);
    return {
      ...base,
      ok: false,
      latencyMs: Math.round(performance.now() - started),
      status,
      answer,
      // The platform answered (2xx/3xx) and refused in its body (Feishu's code 19021 …): refused,
      // not a network error.
      reason:
        status !== undefined && status < 400 && reason.key === "network" ? { key: "client", status } : reason,
      error: message,
    };
  }
}
