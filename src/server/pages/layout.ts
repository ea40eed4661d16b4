import { CSRF_FIELD } from "../auth/session.ts";
import { html, type SafeHtml } from "./html.ts";

export const SITE_TITLE = "AI 每日情报";

/** The top navigation: path, label (Chinese first), and which page paths it covers. */
const NAV: { href: string; label: string; matches: (path: string) => boolean }[] = [
  { href: "/", label: "今日", matches: (p) => p === "/" || p.startsWith("/d/") },
  { href: "/archive", label: "归档", matches: (p) => p === "/archive" },
  { href: "/search", label: "搜索", matches: (p) => p === "/search" },
  { href: "/trends", label: "趋势", matches: (p) => p === "/trends" },
  { href: "/sources", label: "来源", matches: (p) => p === "/sources" },
  { href: "/runs", label: "运行", matches: (p) => p === "/runs" },
];

export interface PageFrame {
  /** Current path (marks the nav link with aria-current). */
  path: string;
  user?: string;
  /** CSRF token for the logout form (present when a user is logged in). */
  csrf?: string;
}

export interface PageOptions {
  title: string;
  body: SafeHtml;
  /** Extra <head> lines (already safe), e.g. a page's own alternate links. */
  head?: SafeHtml;
  /** Scripts to load (paths under /static/); pages work without them. */
  scripts?: string[];
}

/** A hidden CSRF field for a form (every form that posts carries one). */
export function csrfField(token: string): SafeHtml {
  return html`<input type="hidden" name="${CSRF_FIELD}" value="${token}">`;
}

function account(frame: PageFrame): SafeHtml {
  if (!frame.user)
    return html`<a class="login" href="/login?next=${encodeURIComponent(frame.path)}">登录</a>`;
  return html`<a class="review-link" href="/review"${frame.path.startsWith("/review") ? html` aria-current="page"` : ""}>审阅</a>
<form class="logout" method="post" action="/logout">${frame.csrf ? csrfField(frame.csrf) : ""}
<span class="who">${frame.user}</span> <button type="submit">退出</button></form>`;
}

/** The shell every page shares: skip link, landmarks (header/nav, main, footer), one stylesheet. */
export function renderPage(frame: PageFrame, options: PageOptions): string {
  const nav = NAV.map(
    (n) =>
      html`<li><a href="${n.href}"${n.matches(frame.path) ? html` aria-current="page"` : ""}>${n.label}</a></li>`,
  );
  const scripts = (options.scripts ?? []).map((s) => html`<script src="/static/${s}" defer></script>`);
  return html`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${options.title} · ${SITE_TITLE}</title>
<link rel="stylesheet" href="/static/app.css">
<link rel="alternate" type="application/atom+xml" title="${SITE_TITLE}" href="/feed.xml">
${options.head ?? ""}${scripts}
</head>
<body>
<a class="skip" href="#main">跳到正文 (skip to content)</a>
<header class="site">
<nav aria-label="主导航 (main)">
<a class="brand" href="/">${SITE_TITLE}</a>
<ul>${nav}</ul>
${account(frame)}
</nav>
</header>
<main id="main" tabindex="-1">
${options.body}
</main>
<footer class="site">
<p>daybrief · <a href="/feed.xml">Atom 订阅</a> · <a href="/archive">归档</a></p>
</footer>
</body>
</html>
`.value;
}

/** A plain page for errors and empty states: heading, one paragraph, a way back. */
export function messageBody(
  heading: string,
  text: string,
  back = { href: "/", label: "回到首页" },
): SafeHtml {
  return html`<h1>${heading}</h1><p>${text}</p><p><a href="${back.href}">${back.label}</a></p>`;
}
