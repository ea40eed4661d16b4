/**
 * Discord webhook: `content` ≤ 2,000 characters of Markdown, mentions disabled. 429 answers carry
 * `retry_after` (seconds) in the JSON body as well as the Retry-After header.
 */
import type { Channel } from "./channel.ts";
import { markdownAtoms } from "./measure.ts";
import { postJson, statusError } from "./post-json.ts";
import { renderBlocks } from "./render-spans.ts";

export interface DiscordOptions {
  webhook: string;
}

export function createDiscordChannel(o: DiscordOptions): Channel {
  const secrets = [o.webhook];
  return {
    type: "discord",
    limit: { unit: "chars", max: 2000 },
    atoms: markdownAtoms,
    minIntervalMs: 1000,
    secrets,
    format: ({ blocks }) => renderBlocks(blocks, "discord"),
    async send(part, ctx) {
      const url = new URL(o.webhook);
      url.searchParams.set("wait", "true");
      const payload = { content: part.body, allowed_mentions: { parse: [] }, flags: 4 /* no embeds */ };
      const po = { channel: "discord", secrets };
      const r = await postJson(url.toString(), payload, ctx, po);
      if (r.status >= 200 && r.status < 300) return;
      const retryAfter = (r.json as { retry_after?: number } | undefined)?.retry_after;
      throw statusError(
        r,
        o.webhook,
        ctx,
        po,
        typeof retryAfter === "number" ? Math.ceil(retryAfter * 1000) : undefined,
      );
    },
  };
}
