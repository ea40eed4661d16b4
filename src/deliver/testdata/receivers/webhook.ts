/** A generic webhook consumer that checks X-Daybrief-Signature against the raw body. */
import { createHmac, timingSafeEqual } from "node:crypto";
import { type Receiver, startReceiver } from "./server.ts";

export function startWebhookReceiver(secret: string): Promise<Receiver> {
  return startReceiver(
    {
      handle(req, accepted) {
        const given = Buffer.from(String(req.headers["x-daybrief-signature"] ?? ""));
        const expected = Buffer.from(`sha256=${createHmac("sha256", secret).update(req.body).digest("hex")}`);
        if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { status: 401, body: { error: "bad signature" } };
        if (!/^\d+$/.test(String(req.headers["x-daybrief-timestamp"] ?? ""))) return { status: 400, body: { error: "no timestamp" } };
        accepted.push(req.body);
        return { status: 204, body: "" };
      },
      rateLimited: () => ({ status: 429, body: { error: "slow down" }, headers: { "retry-after": "1" } }),
    },
    "/incoming/daybrief?token=WebhookSECRET",
  );
}
