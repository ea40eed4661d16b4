import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { HttpError } from "../errors.ts";
import { createHttp } from "./create-http.ts";
import { startTestServer, type TestServer } from "./test-server.ts";

// fetch.allowPrivate written without a port (`127.0.0.1`, `nas.local`, as the docs' example) opens
// every port of that host. The feed there is the operator's (a local RSSHub or FreshRSS), but its
// items' links often come from elsewhere: a link to another service of the same machine
// (Elasticsearch on :9200, Docker's API on :2375) would be read as an article, summarised and
// published. Two real servers on 127.0.0.1: the bridge, and a service on another port.

let bridge: TestServer;
let service: TestServer;
const serviceHits: string[] = [];

before(async () => {
  bridge = await startTestServer((req, res) => {
    if (req.url === "/go") return res.writeHead(302, { location: `${service.url}/containers/json` }).end();
    res.end("<html><body><p>bridge page</p></body></html>");
  });
  service = await startTestServer((req, res) => {
    serviceHits.push(req.url ?? "");
    res.end('{"containers":["db","secrets"]}');
  });
});
after(async () => {
  await bridge.close();
  await service.close();
});

test("a private feed's link to another port of its host, or its redirect there, is refused before any request; its own port is read", async () => {
  const http = createHttp({ allowPrivate: ["127.0.0.1"], retries: 0 });
  try {
    const feed = `${bridge.url}/feed.xml`;
    await assert.rejects(http.get(`${service.url}/containers/json`, { namedBy: feed }), (e) => {
      assert.ok(e instanceof HttpError, String(e));
      assert.equal(e.code, "blocked_address");
      assert.match(e.message, /a link from 127\.0\.0\.1 to the private 127\.0\.0\.1 .*port \d+/);
      return true;
    });
    assert.deepEqual(serviceHits, []);
    // Nor through a redirect of the feed's own host.
    await assert.rejects(
      http.get(`${bridge.url}/go`, { namedBy: feed }),
      (e) => e instanceof HttpError && e.code === "blocked_address",
    );
    assert.deepEqual(serviceHits, []);
    const own = await http.get(`${bridge.url}/post/1`, { namedBy: feed });
    assert.match(new TextDecoder().decode(own.body), /bridge page/);
    // The operator's own URL (a feed, named by nobody) on that port is still read.
    await http.get(`${service.url}/feed.xml`);
    assert.deepEqual(serviceHits, ["/feed.xml"]);
  } finally {
    http.close();
  }
});
