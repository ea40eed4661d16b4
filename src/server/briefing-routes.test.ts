import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { Hono } from "hono";
import { socketAddress } from "./auth/proxy.ts";
import { routeBriefings } from "./briefing-routes.ts";

/** A briefing's app whose one page carries what the web app's scripts read: links, forms, data paths. */
function briefingApp(name: string) {
  const app = new Hono();
  app.get("/page", (c) =>
    c.html(`<a href="/d/2026-02-04">day</a>
<form method="get" action="/search" role="search"><input id="q" name="q"></form>
<section class="panel live-runs" data-live="/runs/live"></section>
<ol class="review-list" data-order-action="/review/2026-02-04/edit" data-csrf="t0k"
  data-entry-id="42"></ol>
<link rel="stylesheet" href="/static/app.css"><script src="/static/search.js" data-src="/static/x.js"></script>`),
  );
  app.get("/search", (c) => c.text(`${name} search ${c.req.query("q")}`));
  return app;
}

test("under /b/<id>/ a briefing's page sends its scripts to that briefing: form actions and data-* paths get the prefix, shared assets do not", async () => {
  const main = briefingApp("main");
  const chips = briefingApp("chips");
  const app = routeBriefings(main, new Map([["chips", chips]]));
  const page = await (await app.request("http://x/b/chips/page")).text();
  assert.match(page, /href="\/b\/chips\/d\/2026-02-04"/);
  assert.match(page, /action="\/b\/chips\/search" role="search"/, "search.js reads the form's action");
  assert.match(page, /data-live="\/b\/chips\/runs\/live"/, "the live runs panel's stream");
  assert.match(
    page,
    /data-order-action="\/b\/chips\/review\/2026-02-04\/edit"/,
    "the review list's drag order",
  );
  assert.match(page, /data-csrf="t0k"\s+data-entry-id="42"/, "values that are not paths stay");
  assert.match(page, /href="\/static\/app\.css"/);
  assert.match(page, /data-src="\/static\/x\.js"/);
  // What search.js asks for a partial refresh: the form's action, so the chips briefing answers.
  const action = /action="([^"]+)" role="search"/.exec(page)![1]!;
  assert.equal(await (await app.request(`http://x${action}?q=STAR&partial=1`)).text(), "chips search STAR");
  // The default briefing's page is left as it is.
  const own = await (await app.request("http://x/page")).text();
  assert.match(own, /data-live="\/runs\/live"/);
});

test("under /b/<id>/ the runs' live stream sends the briefing's links, as it streams (a link split between chunks too)", async () => {
  const streaming = (name: string) => {
    const app = briefingApp(name);
    app.get("/runs/live", () => {
      const encoder = new TextEncoder();
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(encoder.encode("event: hello\ndata: \n\n"));
          // One event in two chunks, cut inside its link; the stream stays open (a live stream).
          controller.enqueue(encoder.encode('event: runs\ndata: <h3>#7 · <a href="/d/2026-0'));
          controller.enqueue(
            encoder.encode(
              '2-04">2026-02-04</a></h3>\ndata: <a href="/static/app.css">css</a> <a href="/runs">刷新</a>\n\n',
            ),
          );
        },
      });
      return new Response(body, { headers: { "content-type": "text/event-stream" } });
    });
    return app;
  };
  const app = routeBriefings(streaming("main"), new Map([["chips", streaming("chips")]]));
  /** The stream's text up to its first `runs` event (the stream itself never ends). */
  const firstEvent = async (url: string) => {
    const response = await app.request(url);
    assert.match(response.headers.get("content-type") ?? "", /^text\/event-stream/);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = "";
    while (!/event: runs\n(?:data: .*\n)+\n/.test(text)) {
      const { value, done } = await reader.read();
      if (done) break;
      text += value;
    }
    await reader.cancel();
    return text;
  };
  const chips = await firstEvent("http://x/b/chips/runs/live");
  assert.match(chips, /<a href="\/b\/chips\/d\/2026-02-04">/, "the run's day, in its briefing");
  assert.match(chips, /<a href="\/b\/chips\/runs">/);
  assert.match(chips, /<a href="\/static\/app\.css">/, "shared assets stay");
  assert.match(chips, /^event: hello\ndata: \n\n/);
  const own = await firstEvent("http://x/runs/live");
  assert.match(own, /<a href="\/d\/2026-02-04">/);
});

test("search.js builds its partial refresh from the form's action, not a fixed /search", () => {
  const script = readFileSync(new URL("./static/search.js", import.meta.url), "utf8");
  assert.match(script, /form\.getAttribute\("action"\)/);
  assert.doesNotMatch(script, /`\/search\?/);
});

test("with several briefings every app still sees the client's socket (the login limiter keys on it)", async () => {
  const peer = (name: string) => {
    const app = new Hono();
    app.all("*", (c) => c.text(`${name} ${socketAddress(c)}`));
    return app;
  };
  const routed = routeBriefings(peer("main"), new Map([["chips", peer("chips")]]));
  const env = { incoming: { socket: { remoteAddress: "203.0.113.9" } } };
  const ask = async (path: string) =>
    (await routed.fetch(new Request(`http://127.0.0.1${path}`), env)).text();
  assert.equal(await ask("/login"), "main 203.0.113.9");
  assert.equal(await ask("/b/chips/login"), "chips 203.0.113.9");
  assert.equal(await ask("/api/v1/briefings?briefing=chips"), "chips 203.0.113.9");
  assert.equal(await ask("/b/other/x"), "main 203.0.113.9");
});
