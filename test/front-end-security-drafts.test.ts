/**
 * The front ends attacked as an anonymous client would (docs/security.md, "the web app, the API and
 * MCP"): a draft awaiting review is not public, on the page, the API or MCP, through this briefing
 * or another. The shared setup is test/support/front-end-app.ts.
 */
import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { getEntry, searchEntries } from "../src/queries/index.ts";
import { createApiApp } from "../src/server/api/create-api-app.ts";
import { createMcpHttpApp } from "../src/server/mcp/create-mcp-http-app.ts";
import { useFrontEnd } from "./support/front-end-app.ts";

const fe = useFrontEnd();

describe("a draft awaiting review (publish.review) is not public", () => {
  const DRAFT_DAY = "2026-02-06";
  /** The entry id of the draft's one entry: an article of DRAFT_DAY with an ok analysis. */
  let draftId: string;
  before(async () => {
    const added = await fe.addArticleOfDay(
      DRAFT_DAY,
      "draft",
      { title: "草稿里的独家消息" },
      { title: "草稿条目：尚未审阅", org: "草稿独家公司", tags: ["草稿标签"] },
    );
    await fe.fx.day.store.saveDraft({
      date: DRAFT_DAY,
      createdAt: `${DRAFT_DAY}T13:30:00.000Z`,
      briefing: added.briefingWith(),
      kind: "briefing",
      deadline: `${DRAFT_DAY}T23:30:00.000Z`,
    });
    draftId = added.id;
  });

  test("search shows none of it (hits, snippets, facet counts) on the page, the API and MCP", async () => {
    const api = createApiApp({
      query: {
        store: fe.fx.day.store,
        config: { ...fe.fx.config, api: { ...fe.fx.config.api, publicRead: true } },
      },
      now: () => new Date("2026-02-06T14:00:00Z"),
    });
    const mcp = createMcpHttpApp({
      query: {
        store: fe.fx.day.store,
        config: { ...fe.fx.config, api: { ...fe.fx.config.api, publicRead: true } },
      },
      now: () => new Date("2026-02-06T14:00:00Z"),
    });
    const app = fe.fx.app({
      deps: {
        mounts: [
          { path: "/api/v1", app: api },
          { path: "/mcp", app: mcp },
        ],
      },
    });
    // The store holds it: the operator's CLI search (no readers' view) finds it.
    const context = { timeZone: fe.fx.config.timezone, now: new Date("2026-02-06T14:00:00Z") };
    const all = await searchEntries(fe.fx.day.store, { query: "草稿条目" }, context, { facets: true });
    assert.deepEqual(
      all.hits.map((h) => String(h.articleId)),
      [draftId],
    );
    for (const q of ["草稿条目", "独家消息", "草稿独家公司"]) {
      const page = await (await app.request(`/search?q=${encodeURIComponent(q)}`)).text();
      const results = page.slice(page.indexOf("</p>", page.indexOf('id="results"')));
      assert.match(page, /共 0 篇匹配/, `page ${q}`);
      assert.doesNotMatch(results, /草稿条目|草稿独家公司|草稿标签|草稿里的独家消息|\(1\)/, `page ${q}`);
      const json = JSON.parse(
        await (await app.request(`/api/v1/search?q=${encodeURIComponent(q)}&facets=true`)).text(),
      );
      assert.equal(json.total, 0, `api ${q}`);
      assert.doesNotMatch(JSON.stringify([json.hits, json.facets]), /草稿|"count":1/, `api ${q}`);
    }
    // Facet counts of a word the draft's entry shares with published ones count published ones only.
    const word = encodeURIComponent("模型");
    const facets = JSON.parse(await (await app.request(`/api/v1/search?q=${word}&facets=true`)).text());
    assert.ok(facets.total > 0);
    assert.doesNotMatch(JSON.stringify(facets.facets), /草稿/);
    const called = await app.request("/mcp", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json, text/event-stream" },
      body: JSON.stringify({
        jsonrpc: "2.0",
        id: 1,
        method: "tools/call",
        params: { name: "search_entries", arguments: { query: "草稿条目" } },
      }),
    });
    const reply = await called.text();
    assert.equal(called.status, 200, reply);
    assert.doesNotMatch(reply.replaceAll("\\u201c草稿条目\\u201d", ""), /草稿独家公司|草稿里的独家消息/);
    assert.doesNotMatch(reply, /草稿条目：/);
  });

  test("another briefing's draft awaiting review is not public through this briefing either", async () => {
    const { store } = fe.fx.day;
    const day = "2026-02-08";
    const added = await fe.addArticleOfDay(
      day,
      "chipsd",
      { title: "Xylofant 芯片草稿" },
      { title: "Xylofant 芯片草稿条目" },
    );
    await store.saveDraft({
      date: day,
      createdAt: `${day}T13:30:00.000Z`,
      briefing: added.briefingWith(),
      kind: "briefing",
      deadline: `${day}T23:30:00.000Z`,
      briefingId: "chips",
    });
    const id = added.id;
    // The default briefing's readers (the install has both briefings).
    const readers = { store, config: { ...fe.fx.config, briefings: fe.config.briefings } };
    assert.equal(await getEntry(readers, String(id)), undefined);
    const found = await searchEntries(
      store,
      { query: "Xylofant" },
      { timeZone: fe.fx.config.timezone, now: new Date(`${day}T14:00:00Z`), readers },
    );
    assert.equal(found.total, 0);
  });

  test("its entries are not at /e/<id>, nor in the API's /entries/<id>, until it is published", async () => {
    const api = createApiApp({
      query: {
        store: fe.fx.day.store,
        config: { ...fe.fx.config, api: { ...fe.fx.config.api, publicRead: true } },
      },
      now: () => new Date("2026-02-06T14:00:00Z"),
    });
    const app = fe.fx.app({ deps: { mounts: [{ path: "/api/v1", app: api }] } });
    const page = await app.request(`/e/${draftId}`);
    assert.equal(page.status, 404);
    assert.doesNotMatch(await page.text(), /草稿条目/);
    const json = await app.request(`/api/v1/entries/${draftId}`);
    assert.equal(json.status, 404);
    assert.doesNotMatch(await json.text(), /草稿条目/);
    // A published day's entries are still there.
    assert.equal((await app.request(`/e/${fe.fx.hostileId}`)).status, 200);
    // Published (the day's briefing stored, the draft decided): the entry is public.
    const draft = (await fe.fx.day.store.getDraft(DRAFT_DAY))!;
    await fe.fx.day.store.saveBriefing({
      date: DRAFT_DAY,
      generatedAt: `${DRAFT_DAY}T14:00:00Z`,
      briefing: draft.briefing,
      outputs: {},
    });
    await fe.fx.day.store.decideDraft(DRAFT_DAY, {
      status: "published",
      by: "editor",
      at: `${DRAFT_DAY}T14:00:00Z`,
    });
    const shown = await fe.fx.app().request(`/e/${draftId}`);
    assert.equal(shown.status, 200);
    assert.match(await shown.text(), /草稿条目：尚未审阅/);
  });
});
