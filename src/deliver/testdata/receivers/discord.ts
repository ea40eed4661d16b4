/** Behaves like a Discord webhook: content ≤ 2000 characters, 429 with retry_after in the JSON. */
import { type Receiver, startReceiver } from "./server.ts";

export function startDiscordReceiver(): Promise<Receiver> {
  return startReceiver(
    {
      handle(req, accepted) {
        const body = JSON.parse(req.body) as { content?: string };
        if (!body.content) return { status: 400, body: { code: 50006, message: "Cannot send an empty message" } };
        if (body.content.length > 2000) {
          return {
            status: 400,
            body: { code: 50035, message: "Invalid Form Body", errors: { content: { _errors: [{ code: "BASE_TYPE_MAX_LENGTH", message: "Must be 2000 or fewer in length." }] } } },
          };
        }
        accepted.push(body.content);
        return { status: 200, body: { id: String(accepted.length), content: body.content } };
      },
      rateLimited: () => ({
        status: 429,
        body: { message: "You are being rate limited.", retry_after: 0.25, global: false },
        headers: { "retry-after": "1" },
      }),
    },
    "/api/webhooks/123456/DiscordSECRETtoken",
  );
}
