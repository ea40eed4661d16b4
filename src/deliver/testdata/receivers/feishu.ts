/** Behaves like a Feishu custom bot webhook: signature check, 20 KB body limit, code 11232 when too fast. */
import { createHmac } from "node:crypto";
import { type Receiver, startReceiver } from "./server.ts";

export function startFeishuReceiver(secret?: string): Promise<Receiver> {
  return startReceiver(
    {
      handle(req, accepted) {
        if (req.bytes > 20 * 1024) return { status: 400, body: { code: 9499, msg: "Bad Request", data: {} } };
        const body = JSON.parse(req.body) as { timestamp?: string; sign?: string; msg_type: string; card?: { elements: { content: string }[] } };
        if (secret) {
          const expected = createHmac("sha256", `${body.timestamp}\n${secret}`).update("").digest("base64");
          const age = Math.abs(Date.now() / 1000 - Number(body.timestamp));
          if (body.sign !== expected || !(age < 3600)) {
            return { status: 200, body: { code: 19021, msg: "sign match fail or timestamp is not within one hour from current time", data: {} } };
          }
        }
        if (body.msg_type !== "interactive" || !body.card) return { status: 400, body: { code: 9499, msg: "Bad Request", data: {} } };
        accepted.push(body.card.elements.map((e) => e.content).join(""));
        return { status: 200, body: { code: 0, msg: "success", data: {} } };
      },
      rateLimited: () => ({ status: 200, body: { code: 11232, msg: "frequency limited psm[lark.oapi.app_platform_runtime]appID[1]", data: {} } }),
    },
    "/open-apis/bot/v2/hook/0f1e2d3c-SECRET-TOKEN",
  );
}
