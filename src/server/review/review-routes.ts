import type { Context, Hono } from "hono";
import {
  DraftStateError,
  discardDraft,
  type EditRequest,
  editDraft,
  getReview,
  listDrafts,
  type QueryContext,
  ReviewError,
} from "../../queries/index.ts";
import { parseDay } from "../../time.ts";
import { type PublishDraftOutcome, RunBusyError } from "../api/actions.ts";
import type { AppEnv } from "../auth/env.ts";
import type { Auth } from "../auth/session.ts";
import type { SafeHtml } from "../pages/html.ts";
import { messageBody, type PageOptions } from "../pages/layout.ts";
import { draftsPageBody, reviewPageBody } from "./review-page.ts";

export interface ReviewRoutesDeps {
  queries: QueryContext;
  auth: Auth;
  now: () => Date;
  /** The app's page renderer (layout, user, CSRF for the logout form). */
  page: (
    c: Context<AppEnv>,
    options: PageOptions,
    status?: 200 | 400 | 401 | 404 | 429 | 500,
  ) => Promise<Response>;
  /** Runs the publish and deliver steps for a draft (cli/server-actions.ts); absent: cannot publish here. */
  publishDraft?: (date: string, by: string) => Promise<PublishDraftOutcome>;
}

const DAY = "{[0-9]{4}-[0-9]{2}-[0-9]{2}}";

/** Why an action was refused, in the page's words. */
const REFUSALS: Record<string, string> = {
  no_draft: "这一天没有草稿。",
  decided: "这份草稿已经发布或丢弃，不能再修改。",
  no_entry: "草稿里没有这个条目。",
  bad_edit: "这处修改无效",
  cannot_move: "这个条目不能再往这个方向移动（只能在同一 ★ 档内调整顺序）。",
  missing: "这一天没有草稿。",
  published: "这份草稿已经发布。",
  discarded: "这份草稿已经丢弃。",
};

/**
 * Curation on the web (docs/review.md): /review lists the drafts, /review/DATE shows one with a form
 * per action. Always behind the login (whatever serve.publicRead says), every POST checked for CSRF;
 * an edit is recorded under the logged-in name. Mounted by app.ts with `mountReview(app, …)`.
 */
export function mountReview(app: Hono<AppEnv>, deps: ReviewRoutesDeps): void {
  const { auth, queries: ctx } = deps;
  app.use("/review", auth.requireUser);
  app.use("/review/*", auth.requireUser);

  app.get("/review", async (c) =>
    deps.page(c, { title: "审阅", body: draftsPageBody(await listDrafts(ctx), ctx.config.timezone) }),
  );

  const show = async (
    c: Context<AppEnv>,
    date: string,
    extra: { error?: string; notice?: string } = {},
    status: 200 | 400 | 404 = 200,
  ) => {
    const view = parseDay(date) ? await getReview(ctx, date) : undefined;
    if (!view)
      return deps.page(
        c,
        {
          title: "审阅",
          body: messageBody("没有草稿", `${date} 没有等待审阅的草稿。`, {
            href: "/review",
            label: "全部草稿",
          }),
        },
        404,
      );
    const body: SafeHtml = reviewPageBody({
      view,
      csrf: await auth.csrfToken(c),
      timeZone: ctx.config.timezone,
      canPublish: deps.publishDraft !== undefined,
      ...extra,
    });
    return deps.page(c, { title: `审阅 ${date}`, body, scripts: ["review-order.js"] }, status);
  };

  app.get(`/review/:date${DAY}`, async (c) => {
    const done = c.req.query("done");
    const notice =
      done === "published"
        ? "已发布：文件已写出，渠道已投递。"
        : done === "discarded"
          ? "草稿已丢弃。"
          : done === "edited"
            ? "已保存。"
            : undefined;
    return show(c, c.req.param("date"), { notice });
  });

  const refused = (c: Context<AppEnv>, date: string, error: unknown) => {
    const key =
      error instanceof ReviewError ? error.code : error instanceof DraftStateError ? error.state : undefined;
    if (key === undefined) throw error;
    const detail = error instanceof ReviewError && error.code === "bad_edit" ? `：${error.message}` : "";
    return show(c, date, { error: `${REFUSALS[key] ?? key}${detail}` }, 400);
  };

  app.post(`/review/:date${DAY}/edit`, auth.requireCsrf, async (c) => {
    const date = c.req.param("date");
    const form = await c.req.parseBody();
    const request = editRequestOf(form);
    if (!request) return show(c, date, { error: "表单不完整，请刷新页面重试。" }, 400);
    try {
      await editDraft(ctx, date, request, { user: c.get("user")!, now: deps.now() });
    } catch (error) {
      return refused(c, date, error);
    }
    const anchor = `#e-${request.entryId.replace(/[^A-Za-z0-9_-]/g, "_")}`;
    return c.redirect(`/review/${date}?done=edited${anchor}`, 303);
  });

  app.post(`/review/:date${DAY}/publish`, auth.requireCsrf, async (c) => {
    const date = c.req.param("date");
    if (!deps.publishDraft) return show(c, date, { error: "此服务器未接入流水线，不能发布。" }, 400);
    let outcome: PublishDraftOutcome;
    try {
      outcome = await deps.publishDraft(date, c.get("user")!);
    } catch (error) {
      if (error instanceof RunBusyError) return show(c, date, { error: error.message }, 400);
      return refused(c, date, error);
    }
    if (outcome.status === "failed")
      return show(c, date, { error: `发布失败：${outcome.error ?? outcome.reason ?? "见 /runs"}` }, 400);
    return c.redirect(`/review/${date}?done=published`, 303);
  });

  app.post(`/review/:date${DAY}/discard`, auth.requireCsrf, async (c) => {
    const date = c.req.param("date");
    try {
      await discardDraft(ctx, date, { user: c.get("user")!, now: deps.now() });
    } catch (error) {
      return refused(c, date, error);
    }
    return c.redirect(`/review/${date}?done=discarded`, 303);
  });
}

/** The edit a form posts, or undefined when a field is missing. */
function editRequestOf(form: Record<string, unknown>): EditRequest | undefined {
  const text = (k: string) => (typeof form[k] === "string" ? (form[k] as string) : undefined);
  const action = text("action");
  const entryId = text("entryId");
  const value = text("value");
  if (!entryId) return undefined;
  switch (action) {
    case "hide":
    case "pin":
      return value === "true" || value === "false" ? { action, entryId, value: value === "true" } : undefined;
    case "stars":
      return value ? { action, entryId, value: Number(value) } : undefined;
    case "title":
    case "summary":
      return value === undefined ? undefined : { action, entryId, value };
    case "bullet": {
      const target = text("target");
      const label = text("label");
      return value === undefined || !target
        ? undefined
        : { action, entryId, target, value, ...(label === undefined ? {} : { label }) };
    }
    case "move": {
      const direction = text("direction");
      return direction === "up" || direction === "down" ? { action, entryId, direction } : undefined;
    }
    case "resource": {
      const target = text("target");
      if (!target) return undefined;
      if (text("remove") === "1") return { action, entryId, target, value: [] };
      const label = text("label");
      const url = text("url");
      return label === undefined || url === undefined
        ? undefined
        : { action, entryId, target, value: [label, url] };
    }
    case "order":
      // The drag-and-drop island (static/review-order.js) posts the band's new order as ids.
      return value === undefined ? undefined : { action, entryId, order: value.split(",").filter(Boolean) };
    default:
      return undefined;
  }
}
