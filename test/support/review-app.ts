/**
 * The /review pages' tests' shared setup (src/server/review/review-routes*.test.ts): `fx`, `app` and
 * `published` are live exports, set by openReviewApp's `before`; read them inside tests.
 */
import assert from "node:assert/strict";
import { after, before } from "node:test";
import type { Hono } from "hono";
import type { PublishDraftOutcome } from "../../src/server/api/actions.ts";
import type { AppEnv } from "../../src/server/auth/env.ts";
import { DEMO_DAY } from "./cli-harness.ts";
import { EDITOR, HOSTILE_DAY, openWebFixture, type WebFixture } from "./web-fixture.ts";
import { jar } from "./web-jar.ts";

export const DRAFT_DAY = "2026-02-06";
export const HOSTILE_DRAFT = "2026-02-07";
export const DISCARD_DAY = "2026-02-08";

export let fx: WebFixture;
export let app: Hono<AppEnv>;
/** The dates the stub publish action was asked to publish, and by whom. */
export const published: { date: string; by: string }[] = [];

/**
 * Opens the web app's fixture (two history days) with three drafts (the demo day, the hostile day, one
 * to discard) and an app whose publish action is a stub; closes it after. Call once, first.
 */
export function openReviewApp() {
  before(async () => {
    fx = await openWebFixture({ historyDays: 2 });
    const { store } = fx.day;
    const demo = (await store.getBriefing(DEMO_DAY))!.briefing;
    const hostile = (await store.getBriefing(HOSTILE_DAY))!.briefing;
    for (const [date, briefing] of [
      [DRAFT_DAY, demo],
      [HOSTILE_DRAFT, hostile],
      [DISCARD_DAY, demo],
    ] as const)
      await store.saveDraft({
        date,
        createdAt: `${date}T13:30:00.000Z`,
        briefing: { ...briefing, date },
        kind: "briefing",
        deadline: `${date}T23:30:00.000Z`,
      });
    const notHere = async (): Promise<never> => {
      throw new Error("not used by these tests");
    };
    app = fx.app({
      deps: {
        actions: {
          runDay: notHere,
          retryDeliveries: notHere,
          publishDraft: async (date: string, by: string): Promise<PublishDraftOutcome> => {
            published.push({ date, by });
            return { runId: 99, status: "ok", entries: 3, sent: [] };
          },
        },
      },
    });
  });
  after(async () => fx?.close());
}

/** A jar logged in as the editor, with the draft day's page and its CSRF token. */
export async function loggedIn() {
  const j = jar(() => app);
  const csrf = j.csrfOf((await j.send("/login")).text)!;
  const ok = await j.post("/login", { _csrf: csrf, name: EDITOR.name, password: EDITOR.password });
  assert.equal(ok.res.status, 303);
  const page = await j.send(`/review/${DRAFT_DAY}`);
  return { ...j, csrf: j.csrfOf(page.text)!, page };
}

/** The article ids of a stored draft, in its order. */
export async function entriesOf(date: string) {
  return (await fx.day.store.getDraft(date))!.briefing.items.map((i) => String(i.articleId));
}
