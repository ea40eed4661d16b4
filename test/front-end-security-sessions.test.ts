/**
 * The front ends attacked as an anonymous client would (docs/security.md, "the web app, the API and
 * MCP"): sessions end on the server, a login under /b/<id>/ stays on the site, request bodies are
 * bounded and the feed varies by the origin it takes. The shared setup is
 * test/support/front-end-app.ts.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { listenApp } from "../src/server/index.ts";
import { ORIGIN, peer, type ServedApp, USER, useFrontEnd } from "./support/front-end-app.ts";
import { cookiesOf } from "./support/web-jar.ts";

const fe = useFrontEnd({ webFixture: false });

describe("sessions end on the server", () => {
  /** The Cookie header of a jar (name → value). */
  const header = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  /** Keeps the cookies a response sets (a deleted one goes). */
  const keep = (jar: Map<string, string>, res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const i = pair!.indexOf("=");
      if (pair!.slice(i + 1) === "" || /max-age=0/i.test(line)) jar.delete(pair!.slice(0, i));
      else jar.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
  };
  async function logIn(url: string) {
    const jar = new Map<string, string>();
    const form = await fetch(`${url}/login`);
    keep(jar, form);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]!;
    const res = await fetch(`${url}/login`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: header(jar) },
      body: new URLSearchParams({ _csrf: csrf, ...USER }).toString(),
    });
    assert.equal(res.status, 303);
    keep(jar, res);
    return jar;
  }
  const review = (url: string, cookie: string) =>
    fetch(`${url}/review`, { redirect: "manual", headers: { cookie } });

  test("logging out ends the session: a copy of its cookie is refused afterwards; logging in again starts a new one", async () => {
    const server = await listenApp(fe.served(), { port: 0, host: "127.0.0.1" });
    try {
      const jar = await logIn(server.url);
      const copied = header(jar);
      const page = await review(server.url, copied);
      assert.equal(page.status, 200);
      const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
      // Another login of the same user (another browser) must outlive this logout.
      const other = header(await logIn(server.url));
      const out = await fetch(`${server.url}/logout`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: copied },
        body: new URLSearchParams({ _csrf: csrf }).toString(),
      });
      assert.equal(out.status, 303);
      await out.body?.cancel();
      const replay = await review(server.url, copied);
      assert.equal(replay.status, 303, "the copied cookie no longer logs anyone in");
      assert.match(replay.headers.get("location") ?? "", /^\/login\?next=/);
      await replay.body?.cancel();
      const stillIn = await review(server.url, other);
      assert.equal(stillIn.status, 200, "only the session logged out of ends");
      await stillIn.body?.cancel();
      const again = header(await logIn(server.url));
      assert.notEqual(again, copied);
      const fresh = await review(server.url, again);
      assert.equal(fresh.status, 200);
      await fresh.body?.cancel();
    } finally {
      await server.close();
    }
  });
});

describe("a login asked for under /b/<id>/", () => {
  /** POST /login (with `next`) from a fresh form; the redirect's Location. */
  async function loginTo(app: ServedApp, next: string, formPath = "/login") {
    const form = await app.request(`${ORIGIN}${formPath}`, {}, peer("10.3.0.1"));
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]!;
    const res = await app.request(
      `${ORIGIN}/login`,
      {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(form) },
        body: new URLSearchParams({ _csrf: csrf, next, ...USER }).toString(),
      },
      peer("10.3.0.1"),
    );
    await res.body?.cancel();
    assert.equal(res.status, 303);
    return res.headers.get("location");
  }

  test("returns to the briefing's page, not the default one's; next= still cannot leave the site", async () => {
    const app = fe.served();
    const asked = await app.request(`${ORIGIN}/b/chips/review`, {}, peer("10.3.0.1"));
    assert.equal(asked.status, 303);
    const location = asked.headers.get("location")!;
    assert.equal(location, `/login?next=${encodeURIComponent("/b/chips/review")}`);
    const form = await (await app.request(`${ORIGIN}${location}`, {}, peer("10.3.0.1"))).text();
    assert.match(form, /name="next" value="\/b\/chips\/review"/);
    assert.equal(await loginTo(app, "/b/chips/review"), "/b/chips/review");
    // The briefing's own login form (/b/chips/login?next=/review) keeps the page under /b/chips too.
    const own = await (
      await app.request(`${ORIGIN}/b/chips/login?next=%2Freview`, {}, peer("10.3.0.1"))
    ).text();
    assert.match(own, /name="next" value="\/b\/chips\/review"/);
    // Held: nothing off the site, however it comes in.
    for (const evil of ["//evil.example/x", "/\\evil.example", "https://evil.example/", "/b/chips//evil"])
      assert.match((await loginTo(app, evil)) ?? "", /^\/(?![/\\])/, evil);
    for (const evil of ["//evil.example/x", "/\\evil.example", "https://evil.example/"]) {
      const page = await (
        await app.request(`${ORIGIN}/b/chips/login?next=${encodeURIComponent(evil)}`, {}, peer("10.3.0.1"))
      ).text();
      assert.match(page, /name="next" value="\/b\/chips\/"/, evil);
    }
  });
});

describe("request bodies and shared caches", () => {
  test("a body past 1 MB is refused (413) before it is read, sent whole or chunked; /login and /mcp alike", async () => {
    const server = await listenApp(
      fe.served((c) => ({ ...c, api: { ...c.api, publicRead: true } })),
      { port: 0, host: "127.0.0.1" },
    );
    try {
      // A small one goes through.
      const small = await fetch(`${server.url}/mcp`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json, text/event-stream" },
        body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/list" }),
      });
      assert.equal(small.status, 200);
      await small.body?.cancel();
      const big = "a".repeat(2 * 1024 * 1024);
      const whole = await fetch(`${server.url}/login`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: `name=${big}`,
      });
      assert.equal(whole.status, 413);
      await whole.body?.cancel();
      // Chunked (no Content-Length): counted as it comes.
      const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent >= 64) return controller.close();
          sent++;
          controller.enqueue(chunk);
        },
      });
      const chunked = await fetch(`${server.url}/mcp`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json, text/event-stream" },
        body: stream,
        duplex: "half",
      } as RequestInit);
      assert.equal(chunked.status, 413);
      await chunked.body?.cancel();
    } finally {
      await server.close();
    }
  });

  test("the feed, whose links take the request's origin without serve.publicUrl, varies by it", async () => {
    const app = fe.served((c) => ({ ...c, serve: { ...c.serve, trustProxy: true } }));
    const res = await app.request(
      `${ORIGIN}/feed.xml`,
      { headers: { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" } },
      peer("10.0.0.1"),
    );
    await res.body?.cancel();
    assert.match(res.headers.get("vary") ?? "", /X-Forwarded-Host/);
  });
});
