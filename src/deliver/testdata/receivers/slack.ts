/** Behaves like a Slack incoming webhook: section text ≤ 3000 characters, ≤ 50 blocks, 429 with Retry-After. */
import { type Receiver, startReceiver } from "./server.ts";

export function startSlackReceiver(): Promise<Receiver> {
  return startReceiver(
    {
      handle(req, accepted) {
        const body = JSON.parse(req.body) as { text?: string; blocks?: { type: string; text?: { type: string; text: string } }[] };
        if (!body.text && !body.blocks) return { status: 400, body: "no_text" };
        if ((body.blocks?.length ?? 0) > 50 || (body.text?.length ?? 0) > 40_000) return { status: 400, body: "invalid_blocks" };
        if (body.blocks?.some((b) => (b.text?.text.length ?? 0) > 3000)) return { status: 400, body: "invalid_blocks" };
        accepted.push(body.blocks?.map((b) => b.text?.text ?? "").join("") ?? body.text ?? "");
        return { status: 200, body: "ok" };
      },
      rateLimited: () => ({ status: 429, body: "rate_limited", headers: { "retry-after": "2" } }),
    },
    "/services/T000/B000/SlackSECRETtoken",
  );
}
