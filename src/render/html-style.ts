import { createHash } from "node:crypto";

/**
 * Inline CSS for the standalone pages: no external assets (the page is mailed, archived, opened
 * offline). Readable on a phone (max-width, fluid), a system + CJK font stack, dark mode by
 * prefers-color-scheme.
 */
export const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", ' +
  '"WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif';

export const PAGE_CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --card: #f6f8fa;
  --border: #d1d9e0; --link: #0969da; --accent: #bf8700; --warn: #9a6700; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --card: #161b22; --border: #3d444d;
    --link: #4493f8; --accent: #d29922; --warn: #d29922; }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); font-family: ${FONT_STACK};
  font-size: 16px; line-height: 1.7; }
main { max-width: 46rem; margin: 0 auto; padding: 1rem 1rem 3rem; }
h1 { font-size: 1.6rem; line-height: 1.3; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 1rem; }
h3 { font-size: 1.15rem; line-height: 1.4; margin: 0 0 0.5rem; }
h4 { font-size: 1rem; margin: 1.2rem 0 0.4rem; }
a { color: var(--link); overflow-wrap: anywhere; }
article { background: var(--card); border: 1px solid var(--border); border-radius: 8px;
  padding: 1rem; margin: 0 0 1.25rem; }
.meta { margin: 0.15rem 0; color: var(--muted); font-size: 0.92rem; overflow-wrap: anywhere; }
.meta strong { color: var(--fg); }
.tag { display: inline-block; border: 1px solid var(--border); border-radius: 999px;
  padding: 0 0.5rem; margin: 0 0.25rem 0.25rem 0; font-size: 0.85rem; }
.note { color: var(--warn); }
blockquote { margin: 0.8rem 0; padding: 0.5rem 0.8rem; border-left: 4px solid var(--accent); }
ul { padding-left: 1.3rem; margin: 0.3rem 0; }
li { margin: 0.2rem 0; }
.flag { color: var(--warn); }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em;
  background: var(--bg); border: 1px solid var(--border); border-radius: 4px; padding: 0 0.25rem; }
footer { border-top: 1px solid var(--border); margin-top: 2rem; font-size: 0.95rem; }
.generated { color: var(--muted); font-size: 0.85rem; }
.days { list-style: none; padding: 0; }
.days li { border-bottom: 1px solid var(--border); padding: 0.6rem 0; }
.days .count { color: var(--muted); font-size: 0.9rem; }
.days ol { color: var(--muted); font-size: 0.92rem; margin: 0.3rem 0 0; }
`;

const STYLE_HASH = `'sha256-${createHash("sha256").update(PAGE_CSS).digest("base64")}'`;

/**
 * The page's own Content-Security-Policy, as a `<meta http-equiv>` (the files are served by whatever
 * host the operator uses, or opened from disk, so no header can be counted on). Nothing loads from
 * anywhere (`default-src 'none'`): the one inline `<style>` is allowed by its hash, so a `<style>` or
 * `style=""` that got into a field would not apply; no inline script runs, hashed or not; a page with
 * `scripts` may run scripts from its own origin and fetch from it (the site search: search.js reading
 * search-index.json), any other page runs none. Forms post nowhere, `<base>` is refused.
 */
export function pagePolicy(scripts: boolean): string {
  return [
    "default-src 'none'",
    `style-src ${STYLE_HASH}`,
    `script-src ${scripts ? "'self'" : "'none'"}`,
    ...(scripts ? ["connect-src 'self'"] : []),
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

export interface PageOptions {
  /** The page loads scripts of its own origin (the site search); otherwise no script runs at all. */
  scripts?: boolean;
}

/** The shell every page shares. `title` must already be escaped. */
export function renderPageHtml(title: string, body: string, options: PageOptions = {}): string {
  return [
    "<!DOCTYPE html>",
    '<html lang="zh-CN">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(options.scripts === true)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${title}</title>`,
    `<style>${PAGE_CSS}</style>`,
    "</head>",
    "<body>",
    "<main>",
    body,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
