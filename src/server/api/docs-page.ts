import { escapeHtml } from "../../render/index.ts";

interface OperationDoc {
  summary?: string;
  description?: string;
  parameters?: { name: string; in: string; required?: boolean; description?: string }[];
}

/**
 * The docs page's stylesheet, served as a file (`GET /api/v1/docs.css`): the web app's
 * Content-Security-Policy (`style-src 'self'`) blocks inline styles, and the page must look the same
 * mounted there as standalone.
 */
export const DOCS_CSS = `body{font:15px/1.5 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem}
table{border-collapse:collapse;width:100%}td{border-top:1px solid #ddd;padding:.4rem;vertical-align:top}code{font-size:13px}
`;

/**
 * A small reference page (no scripts, no CDN, no inline style: its CSS is docs.css beside it)
 * listed from the OpenAPI document, so it can never disagree with it.
 */
export function renderDocsPage(doc: {
  info: { title: string; version: string };
  paths?: Record<string, unknown>;
}): string {
  const rows: string[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {}))
    for (const [method, op] of Object.entries(item as Record<string, OperationDoc>)) {
      const params = (op.parameters ?? [])
        .map((p) => `<code>${escapeHtml(p.name)}</code>${p.required ? "*" : ""}`)
        .join(" ");
      rows.push(
        `<tr><td><b>${escapeHtml(method.toUpperCase())}</b></td><td><code>/api/v1${escapeHtml(path)}</code></td>` +
          `<td>${escapeHtml(op.summary ?? "")}${op.description ? `<br><small>${escapeHtml(op.description)}</small>` : ""}</td>` +
          `<td>${params}</td></tr>`,
      );
    }
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.info.title)} ${escapeHtml(doc.info.version)}</title>
<link rel="stylesheet" href="docs.css">
</head><body>
<h1>${escapeHtml(doc.info.title)} <small>${escapeHtml(doc.info.version)}</small></h1>
<p>机器可读的 OpenAPI 3.1 文档 (the machine-readable OpenAPI 3.1 document): <a href="openapi.json">openapi.json</a>.
鉴权 (auth): <code>Authorization: Bearer &lt;token&gt;</code>. 错误 (errors): <code>application/problem+json</code>.</p>
<table><thead><tr><th>方法</th><th>路径 (path)</th><th>说明 (what)</th><th>参数 (params, * required)</th></tr></thead>
<tbody>${rows.join("\n")}</tbody></table>
</body></html>
`;
}
