/** Behaves like a WeCom group robot: markdown content ≤ 4096 bytes, errcode 45009 when too fast. */
import { type Receiver, startReceiver } from "./server.ts";

export function startWeComReceiver(): Promise<Receiver> {
  return startReceiver(
    {
      handle(req, accepted) {
        if (!new URL(req.url, "http://x").searchParams.get("key")) return { status: 200, body: { errcode: 93000, errmsg: "invalid webhook url" } };
        const body = JSON.parse(req.body) as { msgtype: string; markdown?: { content: string } };
        if (body.msgtype !== "markdown" || typeof body.markdown?.content !== "string") return { status: 200, body: { errcode: 40008, errmsg: "invalid message type" } };
        if (Buffer.byteLength(body.markdown.content) > 4096) {
          return { status: 200, body: { errcode: 40058, errmsg: "markdown.content exceed max length 4096" } };
        }
        accepted.push(body.markdown.content);
        return { status: 200, body: { errcode: 0, errmsg: "ok" } };
      },
      rateLimited: () => ({ status: 200, body: { errcode: 45009, errmsg: "api freq out of limit" } }),
    },
    "/cgi-bin/webhook/send?key=wc-SECRET-KEY",
  );
}
