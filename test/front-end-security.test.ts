/**
 * The front ends attacked as an anonymous client would (docs/security.md, "the web app, the API and
 * MCP"): each test drives the real `daybrief serve` app (serveApp: every briefing's web app with
 * its API and MCP, routed by /b/<id>/ and ?briefing=) in process, with the socket's peer address
 * @hono/node-server would hand it.
 */
import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { after, before, describe, test } from "node:test";
import { serveApp } from "../src/cli/commands/serve.ts";
import { type Config, parseConfig } from "../src/config/index.ts";
import { silentLogger } from "../src/log.ts";
import { hashToken } from "../src/server/api/auth.ts";
import { hashPassword } from "../src/server/index.ts";
import { openTempStore } from "../src/store/testing.ts";
import { cookiesOf } from "./support/web-jar.ts";

const USER = { name: "editor", password: "correct horse battery" };
const TOKEN = "t".repeat(40);
const ORIGIN = "http://127.0.0.1:8080";

let temp: ReturnType<typeof openTempStore>;
let config: Config;
before(async () => {
  temp = openTempStore();
  const passwordHash = await hashPassword(USER.password);
  config = parseConfig(
    JSON.stringify({
      sources: [
        { id: "a", name: "A", url: "https://example.com/a.xml" },
        { id: "b", name: "B", url: "https://example.com/b.xml" },
      ],
      briefings: [
        { id: "default", title: "默认", sources: ["a"] },
        { id: "chips", title: "芯片", sources: ["b"] },
      ],
      serve: { cookieSecret: "k".repeat(40), users: [{ name: USER.name, passwordHash }] },
      api: {
        tokens: [{ name: "bot", sha256: hashToken(TOKEN), scopes: ["read"] }],
        rateLimit: { perMinute: 3 },
      },
    }),
    { env: {}, baseDir: "/tmp" },
  );
});
after(async () => {
  await temp?.remove();
});

/** The serve command's app over the temp store (one per test: limiters live as long as it). */
function served() {
  const sink = new Writable({ write: (_c, _e, done) => done() });
  const now = () => new Date("2026-02-05T13:00:00Z");
  const ctx = { env: {}, cwd: "/tmp", stdout: sink, stderr: sink, now };
  return serveApp(ctx, config, temp.store, { now, redact: (t) => t, logger: silentLogger() });
}

/** The socket's peer as @hono/node-server hands it to the app. */
const peer = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

/** GET `<prefix>/login` for its form, then POST the login to `<prefix>/login` from `address`. */
async function login(
  app: ReturnType<typeof served>,
  prefix: string,
  fields: { name: string; password: string },
  address = "10.0.0.1",
) {
  const form = await app.request(`${ORIGIN}${prefix}/login`, {}, peer(address));
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]!;
  const res = await app.request(
    `${ORIGIN}${prefix}/login`,
    {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(form) },
      body: new URLSearchParams({ _csrf: csrf, ...fields }).toString(),
    },
    peer(address),
  );
  await res.body?.cancel();
  return res.status;
}

describe("rate limits with several briefings", () => {
  test("the login limit is one for all briefings: /b/<id>/login does not give a client five more guesses", async () => {
    const app = served();
    for (let i = 0; i < 5; i++)
      assert.equal(await login(app, "", { name: `nobody${i}`, password: "wrong password" }), 401);
    // The sixth guess, through another briefing's login, with the right password.
    assert.equal(await login(app, "/b/chips", USER), 429, "the same client is limited under /b/chips/ too");
    assert.equal(await login(app, "", USER), 429);
    // The user name's key too: five guesses at editor under /b/chips lock editor at the root.
    const other = served();
    for (let i = 0; i < 5; i++)
      assert.equal(
        await login(other, "/b/chips", { name: USER.name, password: "wrong" }, `10.1.0.${i}`),
        401,
      );
    assert.equal(await login(other, "", USER, "10.2.0.1"), 429);
  });

  test("a token's per-minute budget is one: /mcp and ?briefing=<id> do not add to it", async () => {
    const app = served();
    const headers = { authorization: `Bearer ${TOKEN}`, accept: "application/json, text/event-stream" };
    const statuses: number[] = [];
    for (const path of ["/api/v1/sources", "/api/v1/sources?briefing=chips", "/b/chips/api/v1/sources"]) {
      const res = await app.request(`${ORIGIN}${path}`, { headers }, peer("10.0.0.9"));
      await res.body?.cancel();
      statuses.push(res.status);
    }
    assert.deepEqual(statuses, [200, 200, 200]);
    const mcp = await app.request(
      `${ORIGIN}/mcp?briefing=chips`,
      {
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/list" }),
      },
      peer("10.0.0.9"),
    );
    await mcp.body?.cancel();
    assert.equal(mcp.status, 429, "the fourth request of the minute, through MCP of another briefing");
    const api = await app.request(`${ORIGIN}/api/v1/sources`, { headers }, peer("10.0.0.9"));
    await api.body?.cancel();
    assert.equal(api.status, 429);
  });
});
