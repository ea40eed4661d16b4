/** Behaves like a DingTalk custom robot: access_token, timestamp/sign check, 20,000-byte markdown, 130101 when too fast. */
import { createHmac } from "node:crypto";
import { type Receiver, startReceiver } from "./server.ts";

export function startDingTalkReceiver(secret?: string): Promise<Receiver> {
  return startReceiver(
    {
      handle(req, accepted) {
        const q = new URL(req.url, "http://x").searchParams;
        if (!q.get("access_token")) return { status: 200, body: { errcode: 300001, errmsg: "token is not exist" } };
        if (secret) {
          const ts = q.get("timestamp") ?? "";
          // searchParams has already url-decoded the sign, as DingTalk does.
          const expected = createHmac("sha256", secret).update(`${ts}\n${secret}`).digest("base64");
          if (q.get("sign") !== expected || Math.abs(Date.now() - Number(ts)) > 3_600_000) {
            return { status: 200, body: { errcode: 310000, errmsg: "sign not match" } };
          }
        }
        const body = JSON.parse(req.body) as { msgtype: string; markdown?: { title: string; text: string } };
        if (body.msgtype !== "markdown" || !body.markdown?.title) return { status: 200, body: { errcode: 40035, errmsg: "缺少参数 json" } };
        if (Buffer.byteLength(body.markdown.text) > 20_000) return { status: 200, body: { errcode: 460101, errmsg: "message too long, exceed 20000 bytes" } };
        accepted.push(body.markdown.text);
        return { status: 200, body: { errcode: 0, errmsg: "ok" } };
      },
      rateLimited: () => ({ status: 200, body: { errcode: 130101, errmsg: "send too fast, exceed 20 times per minute" } }),
    },
    "/robot/send?access_token=dt-SECRET-TOKEN",
  );
}
