import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { RoutingFetch } from "../http/index.ts";
import { createDemoFetch, DEMO_ARTICLE_PREFIX, DEMO_FEED_ORIGIN, toPublicUrl } from "./demo-fetch.ts";
import { DEMO_DATE, type DemoManifest, readDemoManifest, resolveDemoDir } from "./demo-manifest.ts";

export interface DemoRequest {
  method: string;
  /** The public URL that was asked for (https://demo.daybrief.invalid/…, https://mp.weixin.qq.com/s/…). */
  url: string;
  status: number;
}

export interface DemoServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** Routes demo URLs to this server and refuses every other host; the guard allows exactly this server's port. */
  fetch: RoutingFetch;
  /** The demo feeds as sources, with stable public URLs. */
  sources: { id: string; name: string; url: string }[];
  /** Every request the server answered, in order. */
  requests: DemoRequest[];
  manifest: DemoManifest;
  dir: string;
  close(): Promise<void>;
}

interface Resource {
  body: Buffer;
  type: string;
  etag: string;
}

// A 1×1 grey PNG stands in for every WeChat image of the demo.
const PLACEHOLDER_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGM4AwAAzgDN1GaQsAAAAABJRU5ErkJggg==",
  "base64",
);

function resourceOf(body: Buffer, type: string): Resource {
  return { body, type, etag: `"${createHash("sha1").update(body).digest("hex").slice(0, 20)}"` };
}

/** Loads every feed and page of the demo day into memory, keyed by the server path. */
function loadResources(dir: string, manifest: DemoManifest): Map<string, Resource> {
  const resources = new Map<string, Resource>();
  for (const source of manifest.sources) {
    const body = readFileSync(join(dir, source.feed));
    resources.set(`/feeds/${source.id}.xml`, resourceOf(body, "application/rss+xml; charset=utf-8"));
  }
  for (const item of manifest.items) {
    const body = readFileSync(join(dir, item.page));
    resources.set(
      `/mp.weixin.qq.com/s/${DEMO_ARTICLE_PREFIX}${item.slug}`,
      resourceOf(body, "text/html; charset=utf-8"),
    );
  }
  return resources;
}

function findResource(resources: Map<string, Resource>, pathname: string): Resource | undefined {
  // Bare slugs (/mp.weixin.qq.com/s/star) are accepted too, for hand-typed URLs.
  const page = pathname.match(/^\/mp\.weixin\.qq\.com\/s\/([a-z0-9-]+)$/);
  if (page?.[1] && !page[1].startsWith(DEMO_ARTICLE_PREFIX)) {
    return resources.get(`/mp.weixin.qq.com/s/${DEMO_ARTICLE_PREFIX}${page[1]}`);
  }
  if (pathname.startsWith("/mmbiz.qpic.cn/")) return resourceOf(PLACEHOLDER_PNG, "image/png");
  return resources.get(pathname);
}

/** True when the client's validators match, so a 304 is due (If-None-Match wins over If-Modified-Since). */
function isNotModified(req: IncomingMessage, etag: string, lastModified: number): boolean {
  const ifNoneMatch = req.headers["if-none-match"];
  if (ifNoneMatch !== undefined) {
    const tags = ifNoneMatch.split(",").map((t) => t.trim().replace(/^W\//, ""));
    return tags.includes("*") || tags.includes(etag);
  }
  const since = Date.parse(req.headers["if-modified-since"] ?? "");
  return !Number.isNaN(since) && since >= lastModified;
}

/**
 * Serves a bundled demo day on 127.0.0.1 (port 0): feeds at /feeds/<id>.xml, WeChat pages at
 * /mp.weixin.qq.com/s/daybrief-demo-<slug>, with ETag/Last-Modified and 304 on conditional GET.
 */
export async function startDemoServer(
  options: {
    dir?: string;
    date?: string /** Other local origins the demo fetch lets through (the LLM stub). */;
    allowOrigins?: string[];
  } = {},
): Promise<DemoServer> {
  const dir = options.dir ?? resolveDemoDir(options.date ?? DEMO_DATE);
  const manifest = readDemoManifest(dir);
  const resources = loadResources(dir, manifest);
  // One fixed time for every resource keeps the answers identical from run to run.
  const lastModified = Date.parse(`${manifest.date}T22:00:00+08:00`);
  const lastModifiedHeader = new Date(lastModified).toUTCString();
  const requests: DemoRequest[] = [];

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const pathname = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const reply = (status: number, headers: Record<string, string>, body?: Buffer | string): void => {
      requests.push({ method: req.method ?? "GET", url: toPublicUrl(req.url ?? "/"), status });
      res.writeHead(status, headers);
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") {
      reply(405, { allow: "GET, HEAD", "content-type": "text/plain" }, "method not allowed\n");
      return;
    }
    const resource = findResource(resources, pathname);
    if (!resource) {
      reply(404, { "content-type": "text/plain; charset=utf-8" }, `not in the demo: ${pathname}\n`);
      return;
    }
    const validators = {
      etag: resource.etag,
      "last-modified": lastModifiedHeader,
      "cache-control": "no-cache",
    };
    if (isNotModified(req, resource.etag, lastModified)) {
      reply(304, validators);
      return;
    }
    const length = String(resource.body.length);
    reply(200, { ...validators, "content-type": resource.type, "content-length": length }, resource.body);
  };

  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    fetch: createDemoFetch(origin, globalThis.fetch, options.allowOrigins),
    sources: manifest.sources.map((s) => ({
      id: s.id,
      name: s.name,
      url: `${DEMO_FEED_ORIGIN}/feeds/${s.id}.xml`,
    })),
    requests,
    manifest,
    dir,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // fetch keeps connections alive; without this close() would wait for them to time out.
        server.closeAllConnections();
      }),
  };
}
