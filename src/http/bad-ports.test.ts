import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { HttpError } from "../errors.ts";
import { reasonOfError } from "../model/reasons.ts";
import { createHttp } from "./create-http.ts";
import { startTestServer, type TestServer } from "./test-server.ts";

// An article may name any public host on any port: `http://mail.example:25/` would have daybrief's
// address speak HTTP to a mail server (or SSH, IMAP, IRC …). Browsers refuse those ports (the Fetch
// standard's bad ports); so does the guard. "public.test" resolves to a public address (scripted
// DNS); a transport carries what the guard lets through to a real server on 127.0.0.1.

let site: TestServer;
const hits: string[] = [];

before(async () => {
  site = await startTestServer((req, res) => {
    hits.push(req.url ?? "");
    res.end("ok");
  });
});
after(() => site.close());

function client(allowPrivate: string[] = []) {
  const transport = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    return globalThis.fetch(new URL(url.pathname, site.url), init);
  };
  return createHttp({
    fetch: transport,
    allowPrivate,
    resolve: async () => [{ address: "93.184.216.34", family: 4 }],
    retries: 0,
  });
}

test("a public host's mail, shell or IRC port gets no request, as in a browser; other ports do", async () => {
  const http = client();
  hits.length = 0;
  for (const port of [25, 22, 143, 587, 6667]) {
    await assert.rejects(http.get(`http://public.test:${port}/x`), (e) => {
      assert.ok(e instanceof HttpError, String(e));
      assert.equal(e.code, "blocked_port");
      assert.match(e.message, new RegExp(`port ${port} is not fetched`));
      assert.equal(reasonOfError(e).key, "refused");
      return true;
    });
    // The link check's fetch and a redirect's hop alike.
    await assert.rejects(http.guardedFetch(`http://public.test:${port}/y`), HttpError);
  }
  assert.deepEqual(hits, []);
  assert.equal((await http.get("http://public.test:8080/ok")).status, 200);
  assert.equal((await http.get("https://public.test/ok")).status, 200);
  assert.deepEqual(hits, ["/ok", "/ok"]);
});
