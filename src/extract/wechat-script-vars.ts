// WeChat states its metadata in inline scripts (`var ct = "1762475508"`, `var msg_link = "…"`).
// Read them from the raw string before scripts are cut out of the parse.
import { zonedToUtc } from "../time.ts";

export interface WechatScriptVars {
  publishedAt?: string;
  title?: string;
  account?: string;
  author?: string;
  link?: string;
}

function firstMatch(html: string, patterns: RegExp[]): string | undefined {
  for (const pattern of patterns) {
    const value = html.match(pattern)?.[1];
    if (value?.trim()) return value.trim();
  }
  return undefined;
}

/** Undoes the JS and HTML escaping WeChat applies to values in scripts (\x26amp; → &). */
export function decodeScriptString(value: string): string {
  return value
    .replace(/\\x([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/\\(["'\\/])/g, "$1")
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

const EPOCH_PATTERNS = [
  /\bvar\s+ct\s*=\s*["'](\d{9,11})["']/,
  /\bcreate_time\s*=\s*["'](\d{9,11})["']/,
  /\bcreate_time\s*:\s*["'](\d{9,11})["']/,
  /\bori_create_time\s*[:=]\s*["']?(\d{9,11})/,
  /\bcreate_timestamp\s*[:=]\s*["']?(\d{9,11})/,
];

const LOCAL_TIME_PATTERNS = [
  /\bcreate_time\s*:\s*JsDecode\(\s*['"](\d{4}-\d{1,2}-\d{1,2}(?: \d{1,2}:\d{2}(?::\d{2})?)?)['"]/,
  /\bvar\s+publish_time\s*=\s*["'](\d{4}-\d{1,2}-\d{1,2}(?: \d{1,2}:\d{2}(?::\d{2})?)?)["']/,
];

/** "2025-11-07 08:31" or "2025年11月7日 08:31" read on the wall clock of `timeZone`, as ISO UTC. */
export function parseLocalDateTime(text: string, timeZone: string): string | undefined {
  const m = text.match(/(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?(?:\s*(\d{1,2}):(\d{2})(?::(\d{2}))?)?/);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => (v === undefined ? 0 : Number(v)));
  if (!year || !month || !day || month > 12 || day > 31) return undefined;
  return zonedToUtc({ year, month, day, hour, minute, second }, timeZone).toISOString();
}

export function readWechatScriptVars(html: string, timeZone: string): WechatScriptVars {
  const epoch = firstMatch(html, EPOCH_PATTERNS);
  const local = epoch ? undefined : firstMatch(html, LOCAL_TIME_PATTERNS);
  const publishedAt = epoch
    ? new Date(Number(epoch) * 1000).toISOString()
    : local
      ? parseLocalDateTime(local, timeZone)
      : undefined;
  const decoded = (patterns: RegExp[]) => {
    const value = firstMatch(html, patterns);
    return value ? decodeScriptString(value) : undefined;
  };
  return {
    publishedAt,
    title: decoded([/\bvar\s+msg_title\s*=\s*'([^'\n]*)'/, /\bvar\s+msg_title\s*=\s*"([^"\n]*)"/]),
    account: decoded([
      /\bvar\s+nickname\s*=\s*(?:htmlDecode\()?"([^"\n]*)"/,
      /\bnick_name\s*:\s*JsDecode\('([^'\n]*)'\)/,
    ]),
    author: decoded([/\bauthor\s*:\s*JsDecode\('([^'\n]*)'\)/]),
    link: decoded([/\bvar\s+msg_link\s*=\s*"([^"\n]*)"/, /\bmsg_link\s*=\s*"([^"\n]*)"/]),
  };
}
