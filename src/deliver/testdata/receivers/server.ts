/** A tiny HTTP server on 127.0.0.1:0 that records requests and answers through a platform's handler. */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedRequest {
  method: string;
  /** Path and query. */
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
  bytes: number;
}

export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** Scripted trouble: the next N requests fail this way before the handler answers normally. */
export interface Script {
  serverErrors: number;
  rateLimits: number;
  /** Refuse everything (a dead channel). */
  refuseAll: boolean;
  /** Accept as usual, but answer only after this many ms (a platform slower than our timeout). */
  replyDelayMs: number;
  /** Called with each request as it arrives, before the answer (tests use it to cancel a run). */
  onRequest?: (req: ReceivedRequest) => void;
}

export interface Receiver {
  url: string;
  requests: ReceivedRequest[];
  /** Message bodies that the platform accepted, in order. */
  accepted: string[];
  script: Script;
  close(): Promise<void>;
}

export interface PlatformHandler {
  /** Answer for a well-formed request; push the accepted message text into `accepted` when it succeeds. */
  handle(req: ReceivedRequest, accepted: string[]): Reply;
  rateLimited(): Reply;
  serverError?(): Reply;
}

export async function startReceiver(platform: PlatformHandler, path = "/hook"): Promise<Receiver> {
  const requests: ReceivedRequest[] = [];
  const accepted: string[] = [];
  const script: Script = { serverErrors: 0, rateLimits: 0, refuseAll: false, replyDelayMs: 0 };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const buf = Buffer.concat(chunks);
      const rec: ReceivedRequest = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: buf.toString("utf8"), bytes: buf.length };
      requests.push(rec);
      script.onRequest?.(rec);
      let reply: Reply;
      if (script.refuseAll) reply = { status: 403, body: { error: "forbidden" } };
      else if (script.serverErrors > 0) {
        script.serverErrors--;
        reply = platform.serverError?.() ?? { status: 500, body: "internal error" };
      } else if (script.rateLimits > 0) {
        script.rateLimits--;
        reply = platform.rateLimited();
      } else reply = platform.handle(rec, accepted);
      const text = typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body);
      const answer = () => {
        if (res.destroyed) return;
        res.writeHead(reply.status, { "content-type": typeof reply.body === "string" ? "text/plain" : "application/json", ...reply.headers });
        res.end(text);
      };
      if (script.replyDelayMs > 0) setTimeout(answer, script.replyDelayMs);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    requests,
    accepted,
    script,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
