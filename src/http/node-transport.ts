import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import { isIP } from "node:net";
import { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip } from "node:zlib";
import type { ResolvedAddress } from "./address-guard.ts";

export interface HopInit {
  method: string;
  headers: Headers;
  signal?: AbortSignal;
}

/** Sends one request (no redirects followed) to one of the addresses the guard checked. */
export type SendHop = (url: URL, init: HopInit, checked: ResolvedAddress[]) => Promise<Response>;

const NULL_BODY = new Set([204, 205, 304]);

/**
 * node:http(s) with a `lookup` that answers only the checked addresses: the socket connects to exactly
 * what the guard approved, so a DNS answer that changes between check and connect changes nothing.
 * Own keep-alive agents, so a socket is never shared with a client under another policy.
 */
export function createNodeTransport(): { send: SendHop; close(): void } {
  const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
  const close = () => {
    agents.http.destroy();
    agents.https.destroy();
  };
  const send: SendHop = (url, init, checked) =>
    new Promise<Response>((resolve, reject) => {
      const lookup: LookupFunction = (_host, options, callback) => {
        if (options.all) callback(null, checked);
        else callback(null, checked[0]!.address, checked[0]!.family);
      };
      const hostname = url.hostname.replace(/^\[|\]$/g, "");
      const headers: Record<string, string> = {};
      init.headers.forEach((value, key) => {
        headers[key] = value;
      });
      headers["accept-encoding"] ??= "gzip, br";
      const https = url.protocol === "https:";
      const options = {
        hostname,
        port: url.port || (https ? 443 : 80),
        path: url.pathname + url.search,
        method: init.method,
        headers,
        signal: init.signal,
        lookup,
      };
      const req = https
        ? httpsRequest({ ...options, agent: agents.https, servername: isIP(hostname) ? undefined : hostname })
        : httpRequest({ ...options, agent: agents.http });
      req.on("error", reject);
      req.on("response", (res) => {
        try {
          resolve(toResponse(res, init.method, url));
        } catch (error) {
          res.destroy();
          reject(error);
        }
      });
      req.end();
    });
  return { send, close };
}

function toResponse(res: IncomingMessage, method: string, url: URL): Response {
  const status = res.statusCode ?? 0;
  if (status < 200 || status > 599) throw new Error(`unexpected HTTP status ${status}`);
  const headers = new Headers();
  for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
    try {
      headers.append(res.rawHeaders[i]!, res.rawHeaders[i + 1]!);
    } catch {
      // A header value fetch would reject (non-Latin-1 bytes): leave it out.
    }
  }
  let body: ReadableStream | null = null;
  if (method === "HEAD" || NULL_BODY.has(status)) res.resume();
  else {
    const encoding = headers.get("content-encoding")?.trim().toLowerCase();
    const decoder =
      encoding === "gzip" || encoding === "x-gzip"
        ? createGunzip()
        : encoding === "br"
          ? createBrotliDecompress()
          : undefined;
    let stream: Readable = res;
    if (decoder) {
      stream = res.pipe(decoder);
      res.on("error", (error) => decoder.destroy(error));
      headers.delete("content-encoding");
      headers.delete("content-length");
    }
    body = Readable.toWeb(stream) as ReadableStream;
  }
  const response = new Response(body, { status, statusText: res.statusMessage, headers });
  Object.defineProperty(response, "url", { value: url.href });
  return response;
}
