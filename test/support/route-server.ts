/** A small HTTP server on 127.0.0.1:0 that answers from a route table and records every request. */
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface RouteReply {
  status?: number;
  type?: string;
  body?: string;
  /** A Location header (with a 3xx status). */
  location?: string;
}

export type Route = RouteReply | ((request: { path: string; headers: IncomingHttpHeaders }) => RouteReply);

export interface RouteServer {
  origin: string;
  requests: { path: string; status: number }[];
  close(): Promise<void>;
}

export async function startRouteServer(routes: Record<string, Route>): Promise<RouteServer> {
  const requests: RouteServer["requests"] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? "/";
    const route = routes[path];
    const reply = typeof route === "function" ? route({ path, headers: req.headers }) : route;
    const status = reply ? (reply.status ?? 200) : 404;
    requests.push({ path, status });
    res.writeHead(status, {
      "content-type": reply?.type ?? "text/plain; charset=utf-8",
      ...(reply?.location ? { location: reply.location } : {}),
    });
    res.end(reply?.body ?? (reply ? "" : "not found\n"));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An RSS 2.0 feed with one item per entry; `encoded` adds content:encoded. */
export function rssFeed(
  title: string,
  items: { title: string; link: string; pubDate: string; description: string; encoded?: string }[],
): string {
  const cdata = (s: string) => `<![CDATA[${s}]]>`;
  const body = items
    .map(
      (i) => `    <item>
      <title>${cdata(i.title)}</title>
      <link>${i.link}</link>
      <guid isPermaLink="true">${i.link}</guid>
      <pubDate>${i.pubDate}</pubDate>
      <description>${cdata(i.description)}</description>${i.encoded ? `\n      <content:encoded>${cdata(i.encoded)}</content:encoded>` : ""}
    </item>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>${cdata(title)}</title>
    <link>https://example.org/</link>
    <description>${cdata(title)}</description>
${body}
  </channel>
</rss>
`;
}

export const RSS_TYPE = "application/rss+xml; charset=utf-8";
export const HTML_TYPE = "text/html; charset=utf-8";
