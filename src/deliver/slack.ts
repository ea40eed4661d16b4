/**
 * Slack incoming webhook: one section block of mrkdwn per part (section text ≤ 3,000 characters;
 * 50 blocks and 40,000 characters of text per message), & < > escaped, no unfurling of links or
 * media. 429 with Retry-After.
 */
import type { Channel } from "./channel.ts";
import { markdownAtoms } from "./measure.ts";
import { postJson, statusError } from "./post-json.ts";
import { renderBlocks } from "./render-spans.ts";

export interface SlackOptions {
  webhook: string;
}

export function createSlackChannel(o: SlackOptions): Channel {
  const secrets = [o.webhook];
  return {
    type: "slack",
    limit: { unit: "chars", max: 3000 },
    atoms: markdownAtoms,
    minIntervalMs: 1000,
    secrets,
    format: ({ blocks }) => renderBlocks(blocks, "slack"),
    async send(part, ctx) {
      const payload = {
        text: part.body,
        blocks: [{ type: "section", text: { type: "mrkdwn", text: part.body } }],
        // No previews of what the article links: neither page cards nor media (an image URL would be
        // shown inline; unfurl_media defaults to true).
        unfurl_links: false,
        unfurl_media: false,
      };
      const po = { channel: "slack", secrets };
      const r = await postJson(o.webhook, payload, ctx, po);
      if (r.status >= 200 && r.status < 300) return;
      throw statusError(r, o.webhook, ctx, po);
    },
  };
}
