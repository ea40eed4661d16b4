/** Secrets never reach errors, logs or reports: URLs shrink to their host, known secrets vanish. */

/** "https://open.feishu.cn/…": scheme and host only. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}/…`;
  } catch {
    return "(url)…";
  }
}

/** Replaces every given secret, and the path/query of any URL, in a message. */
export function redactText(message: string, secrets: readonly string[]): string {
  let out = message;
  for (const s of [...secrets].filter((s) => s.length >= 4).sort((a, b) => b.length - a.length)) {
    out = out.split(s).join("***");
  }
  return out.replace(/\bhttps?:\/\/[^\s/"'<>]+[^\s"'<>]*/g, (u) => redactUrl(u));
}
