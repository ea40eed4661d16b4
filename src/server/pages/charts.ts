import { html, type SafeHtml } from "./html.ts";

/**
 * Server-rendered SVG charts, readable without colour: every bar carries its number (or sits in a
 * data table below), stacked series differ by pattern as well as shade, and each chart has a
 * title and description for screen readers. No script, no library.
 */

export interface BarPoint {
  label: string;
  value: number;
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));

function dataTable(caption: string, head: string[], rows: (string | number)[][]): SafeHtml {
  return html`<details><summary>数据表 (data)</summary><div class="table-wrap"><table>
<caption>${caption}</caption>
<thead><tr>${head.map((h, i) => html`<th scope="col"${i > 0 ? html` class="num"` : ""}>${h}</th>`)}</tr></thead>
<tbody>${rows.map((r) => html`<tr>${r.map((v, i) => (i === 0 ? html`<th scope="row">${v}</th>` : html`<td class="num">${v}</td>`))}</tr>`)}</tbody>
</table></div></details>`;
}

/** One bar per point, the value written above each non-zero bar, every `labelEvery`-th label below. */
export function barChart(options: {
  id: string;
  title: string;
  points: readonly BarPoint[];
  unit?: string;
  format?: (n: number) => string;
}): SafeHtml {
  const { points, id } = options;
  const format = options.format ?? fmt;
  const barW = 20;
  const gap = 4;
  const top = 16;
  const plotH = 90;
  const width = Math.max(240, points.length * (barW + gap) + gap);
  const height = top + plotH + 22;
  const max = Math.max(1, ...points.map((p) => p.value));
  const labelEvery = Math.max(1, Math.ceil(points.length / 8));
  const total = points.reduce((s, p) => s + p.value, 0);
  const desc = `${options.title}：共 ${format(total)}${options.unit ?? ""}，最高 ${format(max)}${options.unit ?? ""}`;
  const bars = points.map((p, i) => {
    const h = Math.round((p.value / max) * plotH);
    const x = gap + i * (barW + gap);
    const y = top + plotH - h;
    return html`<g><rect class="bar" x="${x}" y="${y}" width="${barW}" height="${Math.max(h, p.value > 0 ? 1 : 0)}"><title>${p.label}: ${format(p.value)}</title></rect>${
      p.value > 0
        ? html`<text x="${x + barW / 2}" y="${y - 3}" font-size="9" text-anchor="middle">${format(p.value)}</text>`
        : ""
    }${
      i % labelEvery === 0
        ? html`<text x="${x + barW / 2}" y="${top + plotH + 14}" font-size="9" text-anchor="middle">${p.label}</text>`
        : ""
    }</g>`;
  });
  return html`<figure class="chart">
<svg viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-t ${id}-d">
<title id="${id}-t">${options.title}</title><desc id="${id}-d">${desc}</desc>
<line class="axis" x1="0" y1="${top + plotH + 0.5}" x2="${width}" y2="${top + plotH + 0.5}"/>
${bars}
</svg>
<figcaption>${desc}</figcaption>
${dataTable(
  options.title,
  ["", options.unit ? `数值（${options.unit}）` : "数值"],
  points.map((p) => [p.label, format(p.value)]),
)}
</figure>`;
}

/** Fill patterns told apart by shape: solid, diagonal, dots, cross-hatch, horizontal, vertical, outline. */
function patternDefs(prefix: string): SafeHtml {
  const shapes = [
    html`<rect width="6" height="6" class="p-fill"/>`,
    html`<path d="M0,6 L6,0 M-1,1 L1,-1 M5,7 L7,5" class="p-line"/>`,
    html`<circle cx="3" cy="3" r="1.4" class="p-dot"/>`,
    html`<path d="M0,0 L6,6 M6,0 L0,6" class="p-line"/>`,
    html`<path d="M0,3 L6,3" class="p-line"/>`,
    html`<path d="M3,0 L3,6" class="p-line"/>`,
    html`<rect x="0.5" y="0.5" width="5" height="5" class="p-box"/>`,
  ];
  return html`<defs>${shapes.map(
    (s, i) =>
      html`<pattern id="${prefix}-p${i}" width="6" height="6" patternUnits="userSpaceOnUse">${s}</pattern>`,
  )}</defs>`;
}

export const PATTERN_COUNT = 7;

/** A legend key filled with the chart's own pattern (ids are document-wide). */
function swatch(prefix: string, i: number): SafeHtml {
  return html`<svg width="16" height="16" aria-hidden="true" focusable="false"><rect x="0.5" y="0.5" width="15" height="15" fill="url(#${prefix}-p${i % PATTERN_COUNT})" class="p-edge"/></svg>`;
}

/** Stacked bars (one per column, e.g. a week), one pattern per series, counts written in big segments. */
export function stackedChart(options: {
  id: string;
  title: string;
  columns: readonly string[];
  series: readonly { name: string; counts: readonly number[] }[];
}): SafeHtml {
  const { id, columns, series } = options;
  const barW = 34;
  const gap = 10;
  const top = 14;
  const plotH = 150;
  const width = Math.max(260, columns.length * (barW + gap) + gap);
  const height = top + plotH + 24;
  const totals = columns.map((_, i) => series.reduce((s, x) => s + (x.counts[i] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const bars = columns.map((label, i) => {
    const x = gap + i * (barW + gap);
    let y = top + plotH;
    const segments = series.map((s, k) => {
      const v = s.counts[i] ?? 0;
      if (v === 0) return "";
      const h = (v / max) * plotH;
      y -= h;
      return html`<rect x="${x}" y="${y.toFixed(1)}" width="${barW}" height="${h.toFixed(1)}" fill="url(#${id}-p${k % PATTERN_COUNT})" class="p-edge"><title>${label} ${s.name}: ${v}</title></rect>${
        h >= 13
          ? html`<text x="${x + barW / 2}" y="${(y + h / 2 + 3.5).toFixed(1)}" font-size="9" text-anchor="middle" class="seg">${v}</text>`
          : ""
      }`;
    });
    return html`<g>${segments}<text x="${x + barW / 2}" y="${(y - 3).toFixed(1)}" font-size="9" text-anchor="middle">${totals[i]! > 0 ? totals[i] : ""}</text><text x="${x + barW / 2}" y="${top + plotH + 14}" font-size="9" text-anchor="middle">${label.slice(5)}</text></g>`;
  });
  const desc = `${options.title}：${series.map((s) => `${s.name} ${s.counts.reduce((a, b) => a + b, 0)}`).join("，")}`;
  return html`<figure class="chart">
<svg viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-t ${id}-d">
<title id="${id}-t">${options.title}</title><desc id="${id}-d">${desc}</desc>
${patternDefs(id)}
<line class="axis" x1="0" y1="${top + plotH + 0.5}" x2="${width}" y2="${top + plotH + 0.5}"/>
${bars}
</svg>
<ul class="legend">${series.map((s, k) => html`<li>${swatch(id, k)} ${s.name}</li>`)}</ul>
<figcaption>每列为一周（周一日期），分段内数字为该项条目数，列顶为合计。</figcaption>
${dataTable(
  options.title,
  ["周 (week)", ...series.map((s) => s.name)],
  columns.map((c, i) => [c, ...series.map((s) => s.counts[i] ?? 0)]),
)}
</figure>`;
}
