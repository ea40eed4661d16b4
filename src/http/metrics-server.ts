import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { PROMETHEUS_CONTENT_TYPE } from "./prometheus-text.ts";

export interface MetricsServer {
  /** http://HOST:PORT/metrics */
  url: string;
  close(): Promise<void>;
}

/**
 * A `/metrics` endpoint of its own (Prometheus text format) on `host:port` (port 0: any free one),
 * for `daybrief worker --metrics-port` and `daybrief serve --metrics-port`: `render` writes the
 * exposition at each scrape. Anything else is 404; a scrape whose render fails is 503 with the reason.
 */
export async function startMetricsServer(options: {
  port: number;
  host: string;
  render: () => Promise<string>;
}): Promise<MetricsServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method !== "GET" || path !== "/metrics") {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found\n");
      return;
    }
    options.render().then(
      (text) => {
        res.writeHead(200, { "content-type": PROMETHEUS_CONTENT_TYPE }).end(text);
      },
      (error: unknown) => {
        res
          .writeHead(503, { "content-type": "text/plain; charset=utf-8" })
          .end(`metrics unavailable: ${error instanceof Error ? error.message : String(error)}\n`);
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}/metrics`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
