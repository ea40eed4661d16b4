/**
 * /api/v1/docs mounted in the web app (`daybrief serve`) is served under the app's
 * Content-Security-Policy: nothing on the page may need what that policy refuses (inline style or
 * script, style attributes, handlers), and what it links must be there, from this origin.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseConfig } from "../../config/index.ts";
import { openTempStore } from "../../store/testing.ts";
import { createServerApp } from "../app.ts";
import { createApiApp } from "./create-api-app.ts";

/** The policy's directives: name → sources. */
function directivesOf(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

test("the API docs page needs nothing the web app's CSP blocks: no inline style or script; its stylesheet is a same-origin file", async () => {
  const { store, remove } = openTempStore();
  try {
    const config = parseConfig(`sources:\n  - { id: a, name: A, url: "https://example.com/f.xml" }\n`, {
      env: {},
      baseDir: "/tmp",
    });
    const now = () => new Date("2026-02-04T13:30:00Z");
    const app = createServerApp({
      queries: { store, config },
      now,
      mounts: [{ path: "/api/v1", app: createApiApp({ query: { store, config }, now }) }],
    });
    const base = "http://127.0.0.1:8080/api/v1/docs";
    const res = await app.request(base);
    assert.equal(res.status, 200);
    const page = await res.text();
    const csp = directivesOf(res.headers.get("content-security-policy") ?? "");
    const styles = csp.get("style-src") ?? csp.get("default-src") ?? [];
    const scripts = csp.get("script-src") ?? csp.get("default-src") ?? [];
    // The policy stays strict for every page (the fix is in the docs page, not the policy).
    assert.deepEqual(styles, ["'self'"]);
    assert.deepEqual(scripts, ["'self'"]);
    // So the page may have no inline <style>, style="…", inline <script> or on…= handler.
    assert.ok(!/<style[\s>]/i.test(page), "inline <style> (blocked by style-src 'self')");
    assert.ok(!/\sstyle\s*=/i.test(page), "style attribute (blocked by style-src 'self')");
    assert.ok(!/<script(?![^>]*\ssrc=)[^>]*>/i.test(page), "inline <script> (blocked by script-src 'self')");
    assert.ok(!/\son[a-z]+\s*=/i.test(page), "event handler attribute");
    // Its styling is a stylesheet from this origin that the app serves as CSS.
    const sheets = [...page.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map(
      (m) => new URL(m[1]!, base),
    );
    assert.equal(sheets.length, 1);
    for (const sheet of sheets) {
      assert.equal(sheet.origin, new URL(base).origin);
      const css = await app.request(sheet.href);
      assert.equal(css.status, 200, sheet.href);
      assert.match(css.headers.get("content-type") ?? "", /^text\/css/);
      assert.match(await css.text(), /border-collapse:collapse/);
    }
  } finally {
    await remove();
  }
});
