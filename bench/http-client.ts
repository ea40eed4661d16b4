// The load generator's HTTP client for the web and API benches: node:http over keep-alive sockets,
// much lighter per request than fetch, so on a small shared machine the figures say more about the
// server than about the client. It asks for gzip as a browser does and times the request to the
// last byte of the body, without inflating it (a browser inflates while it reads).
import { Agent, request } from "node:http";

export interface BenchClient {
  /** GETs `path` and resolves with the status once the whole body has arrived. */
  get(path: string, headers?: Record<string, string>): Promise<number>;
  close(): void;
}

export function createBenchClient(origin: string, sockets = 20): BenchClient {
  const { hostname, port } = new URL(origin);
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });
  return {
    get: (path, headers = {}) =>
      new Promise((resolve, reject) => {
        const req = request(
          {
            agent,
            hostname,
            port,
            // node:http takes only ASCII paths: escape the rest (the API bench's queries are Chinese).
            path: path.replace(/[^\x21-\x7e]+/g, (run) => encodeURIComponent(run)),
            headers: { "accept-encoding": "gzip", ...headers },
          },
          (res) => {
            res.on("data", () => undefined);
            res.on("end", () => resolve(res.statusCode ?? 0));
            res.on("error", reject);
          },
        );
        req.on("error", reject);
        req.end();
      }),
    close: () => agent.destroy(),
  };
}
