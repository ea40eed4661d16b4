/** Behaves like the Telegram Bot API sendMessage with parse_mode HTML: tag whitelist, entity check, 4096 visible characters, 429 with retry_after. */
import { type Receiver, startReceiver } from "./server.ts";

const ALLOWED = new Set(["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "blockquote", "tg-spoiler", "span", "tg-emoji"]);

/** The visible text, or an error description as Telegram words it. */
export function parseTelegramHtml(html: string): { text: string } | { error: string } {
  const stack: string[] = [];
  let text = "";
  const re = /<(\/?)([a-z-]+)([^>]*)>|&(amp|lt|gt|quot|#\d+|#x[0-9a-f]+);|([<>&])|([^<>&]+)/giy;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[2]) {
      const name = m[2].toLowerCase();
      if (!ALLOWED.has(name)) return { error: `Bad Request: can't parse entities: Unsupported start tag "${name}"` };
      if (m[1]) {
        if (stack.pop() !== name) return { error: `Bad Request: can't parse entities: Unmatched end tag "${name}"` };
      } else stack.push(name);
    } else if (m[4]) {
      const e = m[4].toLowerCase();
      text += e === "amp" ? "&" : e === "lt" ? "<" : e === "gt" ? ">" : e === "quot" ? '"' : "?";
    } else if (m[5]) return { error: `Bad Request: can't parse entities: Unexpected "${m[5]}"` };
    else text += m[6];
    if (re.lastIndex >= html.length) break;
  }
  if (stack.length) return { error: `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "${stack.at(-1)}"` };
  return { text };
}

export function startTelegramReceiver(token: string): Promise<Receiver> {
  return startReceiver(
    {
      handle(req, accepted) {
        if (!req.url.startsWith(`/bot${token}/sendMessage`)) return { status: 401, body: { ok: false, error_code: 401, description: "Unauthorized" } };
        const body = JSON.parse(req.body) as { chat_id: string; text: string; parse_mode?: string };
        if (!body.chat_id) return { status: 400, body: { ok: false, error_code: 400, description: "Bad Request: chat not found" } };
        const parsed = parseTelegramHtml(body.text);
        if ("error" in parsed) return { status: 400, body: { ok: false, error_code: 400, description: parsed.error } };
        if (parsed.text.length > 4096) return { status: 400, body: { ok: false, error_code: 400, description: "Bad Request: message is too long" } };
        accepted.push(body.text);
        return { status: 200, body: { ok: true, result: { message_id: accepted.length } } };
      },
      rateLimited: () => ({
        status: 429,
        body: { ok: false, error_code: 429, description: "Too Many Requests: retry after 3", parameters: { retry_after: 3 } },
      }),
    },
    "/",
  );
}
