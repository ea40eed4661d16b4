// The web app's access rules in process: publicRead false sends pages to the login, the login
// form wants its CSRF token and sets a signed cookie, failures are rate limited, and the page
// after login is only ever one of this site's (app.test.ts has the pages themselves).
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { DEMO_DAY } from "../../test/support/cli-harness.ts";
import { EDITOR, openWebFixture, type WebFixture } from "../../test/support/web-fixture.ts";
import { jar } from "../../test/support/web-jar.ts";
import { createLoginLimiter } from "./auth/rate-limit.ts";
import { safeNext } from "./auth/session.ts";

let fx: WebFixture;
before(async () => {
  fx = await openWebFixture({ historyDays: 14 });
});
after(async () => {
  await fx?.close();
});

describe("access", () => {
  test("publicRead false: pages redirect to the login, the login page and stylesheet do not", async () => {
    const closed = fx.app({ serve: { publicRead: false } });
    for (const path of ["/", `/d/${DEMO_DAY}`, "/search?q=x", "/feed.xml", `/e/${fx.hostileId}`]) {
      const res = await closed.request(path);
      assert.equal(res.status, 303, path);
      assert.equal(res.headers.get("location"), `/login?next=${encodeURIComponent(path)}`);
    }
    assert.equal((await closed.request("/login")).status, 200);
    assert.equal((await closed.request("/static/app.css")).status, 200);
  });

  test("login: CSRF required, wrong password refused, right one sets a signed HttpOnly SameSite cookie", async () => {
    const closed = fx.app({ serve: { publicRead: false } });
    const j = jar(() => closed);
    const login = await j.send("/login?next=/archive");
    const csrf = j.csrfOf(login.text);
    assert.ok(csrf);
    assert.match(login.text, /<label for="password">/);
    const noToken = await j.post("/login", {
      name: EDITOR.name,
      password: EDITOR.password,
      next: "/archive",
    });
    assert.equal(noToken.res.status, 403);
    const wrongToken = await j.post("/login", {
      _csrf: `${csrf}x`,
      name: EDITOR.name,
      password: EDITOR.password,
    });
    assert.equal(wrongToken.res.status, 403);
    const crossSite = await j.post(
      "/login",
      { _csrf: csrf!, name: EDITOR.name, password: EDITOR.password },
      { origin: "https://evil.example" },
    );
    assert.equal(crossSite.res.status, 403);
    const wrong = await j.post("/login", { _csrf: csrf!, name: EDITOR.name, password: "nope nope nope" });
    assert.equal(wrong.res.status, 401);
    assert.match(wrong.text, /用户名或密码错误/);
    const unknown = await j.post("/login", { _csrf: csrf!, name: "nobody", password: EDITOR.password });
    assert.equal(unknown.res.status, 401);
    assert.match(unknown.text, /用户名或密码错误/);
    const ok = await j.post("/login", {
      _csrf: csrf!,
      name: EDITOR.name,
      password: EDITOR.password,
      next: "/archive",
    });
    assert.equal(ok.res.status, 303);
    assert.equal(ok.res.headers.get("location"), "/archive");
    const session = ok.res.headers.getSetCookie().find((c) => c.startsWith("daybrief_session="));
    assert.ok(session);
    assert.match(session, /HttpOnly/);
    assert.match(session, /SameSite=Strict/);
    const page = await j.send("/archive");
    assert.equal(page.res.status, 200);
    assert.match(page.text, /class="who">editor</);
    // A tampered session is no session.
    const tampered = new Map(j.cookies);
    tampered.set("daybrief_session", j.cookies.get("daybrief_session")!.replace(/^editor/, "admin"));
    const forged = await closed.request("/archive", {
      headers: { cookie: [...tampered].map(([k, v]) => `${k}=${v}`).join("; ") },
    });
    assert.equal(forged.status, 303);
    // The login rotated the CSRF token: the old one no longer logs out.
    const staleLogout = await j.post("/logout", { _csrf: csrf! });
    assert.equal(staleLogout.res.status, 403);
    const logout = await j.post("/logout", { _csrf: j.csrfOf(page.text)! });
    assert.equal(logout.res.status, 303);
    assert.equal((await j.send("/archive")).res.status, 303);
  });

  test("login is rate limited: after 5 failures even the right password waits (429, Retry-After)", async () => {
    let t = Date.parse("2026-02-05T13:00:00Z");
    const limiter = createLoginLimiter({ now: () => new Date(t) });
    const limited = fx.app({ deps: { loginLimiter: limiter } });
    const j = jar(() => limited);
    const csrf = j.csrfOf((await j.send("/login")).text)!;
    for (let i = 0; i < 5; i++)
      assert.equal(
        (await j.post("/login", { _csrf: csrf, name: EDITOR.name, password: "wrong password" })).res.status,
        401,
      );
    const blocked = await j.post("/login", { _csrf: csrf, name: EDITOR.name, password: EDITOR.password });
    assert.equal(blocked.res.status, 429);
    assert.ok(Number(blocked.res.headers.get("retry-after")) > 0);
    t += 16 * 60_000;
    const later = await j.post("/login", { _csrf: csrf, name: EDITOR.name, password: EDITOR.password });
    assert.equal(later.res.status, 303);
  });

  test("after login, only this site's paths are followed", () => {
    assert.equal(safeNext("/d/2026-02-04"), "/d/2026-02-04");
    for (const bad of [
      "//evil.example/",
      "/\\evil.example",
      "https://evil.example/",
      "javascript:alert(1)",
      undefined,
    ])
      assert.equal(safeNext(bad), "/", String(bad));
  });
});
