// The corpus server of the run-scale and workers benches: each day's feeds and pages on 127.0.0.1.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { DayCorpus } from "./run-scale-corpus.ts";

export async function startServer(perDay: (date: string) => DayCorpus) {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const feed = path.match(/^\/feeds\/(\d{4}-\d{2}-\d{2})\/(s\d+)\.xml$/);
    const body = feed
      ? perDay(feed[1]!).feeds.get(feed[2]!)
      : path.startsWith("/p/")
        ? perDay(path.slice(3, 13)).page(path)
        : undefined;
    if (body === undefined) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not in the bench corpus\n");
      return;
    }
    const bytes = Buffer.from(body, "utf8");
    res.writeHead(200, {
      "content-type": feed ? "application/rss+xml; charset=utf-8" : "text/html; charset=utf-8",
      "content-length": bytes.length,
    });
    res.end(bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
