/**
 * Behind a reverse proxy (serve.publicUrl, serve.trustProxy): the login's Origin check accepts the
 * origin users open, the login rate limit keys on the forwarded client address only when the proxy
 * is trusted, and forwarded headers are ignored by default.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Hono } from "hono";
import { cookiesOf, loginForm } from "../../../test/support/web-jar.ts";
import type { Config } from "../../config/index.ts";
import { parseConfig } from "../../config/index.ts";
import { openTempStore } from "../../store/testing.ts";
import { createServerApp } from "../app.ts";
import { listenApp } from "../listen.ts";
import type { AppEnv } from "./env.ts";
import { hashPassword } from "./password.ts";

const USER = { name: "editor", password: "correct horse battery" };
/** What node sees behind the proxy: plain HTTP on the loopback. */
const INSIDE = "http://127.0.0.1:8080";
const PUBLIC = "https://news.example.com";

let temp: ReturnType<typeof openTempStore>;
let config: Config;
before(async () => {
  temp = openTempStore();
  config = parseConfig(
    `sources:\n  - { id: a, name: A, url: "https://example.com/f.xml" }\nserve:\n  cookieSecret: "${"k".repeat(40)}"\n  users:\n    - { name: ${USER.name}, passwordHash: "${await hashPassword(USER.password)}" }\n`,
    { env: {}, baseDir: "/tmp" },
  );
});
after(async () => {
  await temp?.remove();
});

function appWith(serve: Partial<Config["serve"]>): Hono<AppEnv> {
  return createServerApp({
    queries: { store: temp.store, config: { ...config, serve: { ...config.serve, ...serve } } },
  });
}

/** The socket's peer as @hono/node-server hands it to the app. */
const peer = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

/** GET /login for a CSRF cookie and token, then POSTs the login form with `headers` from `address`. */
async function loginAs(
  app: Hono<AppEnv>,
  options: { name?: string; password?: string; headers?: Record<string, string>; address?: string },
) {
  const env = peer(options.address ?? "10.0.0.1");
  const form = await app.request(`${INSIDE}/login`, {}, env);
  const cookie = cookiesOf(form);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]!;
  return app.request(
    `${INSIDE}/login`,
    {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie, ...options.headers },
      body: new URLSearchParams({
        _csrf: csrf,
        name: options.name ?? USER.name,
        password: options.password ?? USER.password,
      }).toString(),
    },
    env,
  );
}

describe("the login's Origin check behind an HTTPS proxy", () => {
  const fromPublic = { origin: PUBLIC };
  const forwarded = { ...fromPublic, "x-forwarded-proto": "https", "x-forwarded-host": "news.example.com" };

  test("by default the public origin is another origin (403), forwarded headers do not change that", async () => {
    assert.equal((await loginAs(appWith({}), { headers: fromPublic })).status, 403);
    assert.equal((await loginAs(appWith({}), { headers: forwarded })).status, 403);
    // The origin node sees still logs in (a browser on the loopback).
    assert.equal((await loginAs(appWith({}), { headers: { origin: INSIDE } })).status, 303);
  });

  test("serve.publicUrl: a form posted from it logs in; another site is still refused", async () => {
    const app = appWith({ publicUrl: `${PUBLIC}/` });
    assert.equal((await loginAs(app, { headers: fromPublic })).status, 303);
    assert.equal((await loginAs(app, { headers: { origin: "https://evil.example" } })).status, 403);
    assert.equal((await loginAs(app, { headers: { origin: "http://news.example.com" } })).status, 403);
  });

  test("serve.trustProxy: the origin X-Forwarded-Proto/-Host give logs in; a forged one does not match the Origin", async () => {
    const app = appWith({ trustProxy: true });
    assert.equal((await loginAs(app, { headers: forwarded })).status, 303);
    assert.equal(
      (await loginAs(app, { headers: fromPublic })).status,
      403,
      "no forwarded headers: http://127.0.0.1:8080",
    );
    const evil = {
      origin: "https://evil.example",
      "x-forwarded-proto": "https",
      "x-forwarded-host": "news.example.com",
    };
    assert.equal((await loginAs(app, { headers: evil })).status, 403);
  });

  test("the app's feed links the public origin (publicUrl, or a trusted proxy's), never a forwarded host by default", async () => {
    const headers = { "x-forwarded-proto": "https", "x-forwarded-host": "forged.example" };
    const feed = async (app: Hono<AppEnv>) => (await app.request(`${INSIDE}/feed.xml`, { headers })).text();
    assert.match(await feed(appWith({})), /href="http:\/\/127\.0\.0\.1:8080\/"/);
    assert.ok(!(await feed(appWith({}))).includes("forged.example"));
    assert.match(await feed(appWith({ publicUrl: PUBLIC })), /href="https:\/\/news\.example\.com\/"/);
    assert.match(await feed(appWith({ trustProxy: true })), /href="https:\/\/forged\.example\/"/);
  });
});

describe("the login rate limit's client address", () => {
  /** Five failed logins, each under another user name so only the address key can add up. */
  async function failFive(app: Hono<AppEnv>, forwardedFor: (i: number) => string, address = "10.0.0.1") {
    for (let i = 0; i < 5; i++) {
      const res = await loginAs(app, {
        name: `nobody${i}`,
        password: "wrong password",
        address,
        headers: { "x-forwarded-for": forwardedFor(i) },
      });
      assert.equal(res.status, 401);
    }
  }

  test("untrusted (default): X-Forwarded-For is ignored — a client cannot escape the limit by making addresses up", async () => {
    const app = appWith({});
    await failFive(app, (i) => `198.51.100.${i}`);
    const next = await loginAs(app, { name: "fresh", headers: { "x-forwarded-for": "203.0.113.99" } });
    assert.equal(next.status, 429, "same socket address: limited whatever the header says");
    assert.ok(Number(next.headers.get("retry-after")) > 0);
    // Another peer is another client.
    assert.equal((await loginAs(app, { name: "fresh", password: "x", address: "10.0.0.2" })).status, 401);
  });

  test("trusted: keyed on the address the proxy appended; entries the client wrote to its left are ignored", async () => {
    // Every request reaches node from the proxy (one socket address): without the header all would share a key.
    const app = appWith({ trustProxy: true });
    await failFive(app, (i) => `10.9.9.${i}, 203.0.113.7`, "127.0.0.1");
    const spoofed = await loginAs(app, {
      name: "fresh",
      address: "127.0.0.1",
      headers: { "x-forwarded-for": "192.0.2.1, 203.0.113.7" },
    });
    assert.equal(spoofed.status, 429, "203.0.113.7 is limited whatever it puts in front");
    const other = await loginAs(app, {
      name: "fresh",
      password: "x",
      address: "127.0.0.1",
      headers: { "x-forwarded-for": "198.51.100.9" },
    });
    assert.equal(other.status, 401, "another client behind the same proxy is not limited");
  });

  test("trustProxy: 2 (two proxies): the second entry from the right is the client", async () => {
    const app = appWith({ trustProxy: 2 });
    await failFive(app, (i) => `10.9.9.${i}, 203.0.113.8, 10.0.0.5`, "127.0.0.1");
    const same = await loginAs(app, {
      name: "fresh",
      address: "127.0.0.1",
      headers: { "x-forwarded-for": "203.0.113.8, 10.0.0.6" },
    });
    assert.equal(same.status, 429);
  });

  test("over a real socket (@hono/node-server): untrusted forwarded addresses are ignored", async () => {
    const server = await listenApp(appWith({}), { port: 0, host: "127.0.0.1" });
    try {
      const attempt = async (i: number, password: string) => {
        const { cookie, csrf } = await loginForm(server.url);
        const res = await fetch(`${server.url}/login`, {
          method: "POST",
          redirect: "manual",
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            cookie,
            "x-forwarded-for": `198.51.100.${i}`,
          },
          body: new URLSearchParams({ _csrf: csrf, name: `n${i}`, password }).toString(),
        });
        await res.body?.cancel();
        return res.status;
      };
      for (let i = 0; i < 5; i++) assert.equal(await attempt(i, "wrong password"), 401);
      assert.equal(await attempt(42, "wrong password"), 429);
    } finally {
      await server.close();
    }
  });
});
