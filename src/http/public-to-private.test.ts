import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { HttpError } from "../errors.ts";
import { createHttp } from "./create-http.ts";
import { startTestServer, type TestServer } from "./test-server.ts";

// fetch.allowPrivate opens the operator's NAS (a self-hosted bridge, a LAN blog) to daybrief. A
// public site must not borrow that opening: a public page that redirects to the allowed LAN target
// reaches it no more than any other private address. Here "public.test" resolves to a public
// address (scripted DNS) and a transport carries its requests to a real server on 127.0.0.1; the
// "NAS" is another real server on 127.0.0.1, allowed by its port.

let nas: TestServer;
let site: TestServer;
const nasHits: string[] = [];

before(async () => {
  nas = await startTestServer((req, res) => {
    nasHits.push(req.url ?? "");
    if (req.url === "/to-public") return res.writeHead(302, { location: `http://public.test/page` }).end();
    if (req.url === "/to-self") return res.writeHead(302, { location: "/feed.xml" }).end();
    res.end("nas answer");
  });
  site = await startTestServer((req, res) => {
    if (req.url === "/to-nas") return res.writeHead(302, { location: `${nas.url}/admin/reboot` }).end();
    res.end("public page");
  });
});
after(async () => {
  await nas.close();
  await site.close();
});

function client() {
  // The transport: public.test is served by `site`; the NAS's own URL goes where it says.
  const transport = Object.assign(async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    const target = url.hostname === "public.test" ? new URL(url.pathname, site.url) : url;
    return globalThis.fetch(target, init);
  }, {});
  return createHttp({
    fetch: transport,
    allowPrivate: [new URL(nas.url).host],
    resolve: async (name) => {
      if (name === "public.test") return [{ address: "93.184.216.34", family: 4 }];
      throw Object.assign(new Error(`ENOTFOUND ${name}`), { code: "ENOTFOUND" });
    },
    retries: 0,
  });
}

test("a public page redirecting to an address opened by fetch.allowPrivate is refused, before any request to it", async () => {
  const http = client();
  nasHits.length = 0;
  await assert.rejects(http.get("http://public.test/to-nas"), (e) => {
    assert.ok(e instanceof HttpError, String(e));
    assert.equal(e.code, "blocked_address");
    assert.match(e.message, /public address redirected to the private 127\.0\.0\.1/);
    return true;
  });
  assert.deepEqual(nasHits, []);
  // The link check's fetch follows the same rule.
  await assert.rejects(http.guardedFetch("http://public.test/to-nas"), HttpError);
  assert.deepEqual(nasHits, []);
});

test("the operator's own private source still works, its own redirects and a redirect out to a public page too", async () => {
  const http = client();
  nasHits.length = 0;
  assert.equal(new TextDecoder().decode((await http.get(`${nas.url}/to-self`)).body), "nas answer");
  assert.equal(new TextDecoder().decode((await http.get(`${nas.url}/to-public`)).body), "public page");
  assert.equal(new TextDecoder().decode((await http.get("http://public.test/page")).body), "public page");
  assert.deepEqual(nasHits, ["/to-self", "/feed.xml", "/to-public"]);
});

test("a feed's link to a private address opened by fetch.allowPrivate is read only when it is on the feed's own host", async () => {
  const http = client();
  nasHits.length = 0;
  // A public feed naming the NAS: refused before any request.
  await assert.rejects(
    http.get(`${nas.url}/admin/reboot`, { namedBy: "http://public.test/feed.xml" }),
    (e) =>
      e instanceof HttpError && e.code === "blocked_address" && /a link from public\.test/.test(e.message),
  );
  assert.deepEqual(nasHits, []);
  // The NAS's own feed naming its own pages: read.
  const own = await http.get(`${nas.url}/post/1`, { namedBy: `${nas.url}/feed.xml` });
  assert.equal(new TextDecoder().decode(own.body), "nas answer");
  // A public feed's public links are read as before.
  const pub = await http.get("http://public.test/page", { namedBy: "http://public.test/feed.xml" });
  assert.equal(new TextDecoder().decode(pub.body), "public page");
  assert.deepEqual(nasHits, ["/post/1"]);
});
