/** Secrets never reach errors, logs or reports: URLs shrink to their host, known secrets vanish. */
import { createRedactor } from "../model/redact.ts";

/** "https://open.feishu.cn/…": scheme and host only. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}/…`;
  } catch {
    return "(url)…";
  }
}

/**
 * Replaces every given secret (and the credential shapes of model/redact.ts: Bearer, key=,
 * access_token=, sign=, /hook/<token> …), then the path/query of any URL, in a channel's message.
 */
export function redactText(message: string, secrets: readonly string[]): string {
  const short = secrets.filter((s) => s.length >= 4 && s.length < 6);
  let out = createRedactor(secrets)(message);
  // A channel's own short secrets still go (the shared redactor skips values under 6 characters).
  for (const s of short.sort((a, b) => b.length - a.length)) out = out.split(s).join("***");
  return out.replace(/\bhttps?:\/\/[^\s/"'<>]+[^\s"'<>]*/g, (u) => redactUrl(u));
}
