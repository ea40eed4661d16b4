/**
 * What a client makes a link of in text nobody marked up as a link: mail clients showing a plain-text
 * part (Thunderbird, Apple Mail), Gmail and Outlook in an HTML part's text, and the chat apps
 * (Telegram, Slack, Discord, Feishu, DingTalk, WeCom) in a message's text. Reduced to the forms they
 * all link: a `scheme://` URL, a `www.` name, and a bare IPv4 address with its port and path. Applied
 * to the text as the reader sees it (invisible characters gone: a client or a copy may drop them).
 */
const END = "[^\\s<>\"'`)）\\]|，。、；]";
const AUTOLINK = new RegExp(
  [
    `\\b(?:https?|ftp|file):\\/\\/${END}+`,
    `(?<![\\w.-])www\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)+${END}*`,
    `(?<![\\w.:/-])\\d{1,3}(?:\\.\\d{1,3}){3}(?::\\d+)?(?:\\/${END}*)?`,
  ].join("|"),
  "gi",
);

/** Targets a linkifier finds in this visible text. */
export function autolinkTargets(visible: string): string[] {
  return visible.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, "").match(AUTOLINK) ?? [];
}

/** Whether a target (with or without a scheme) goes to a host inside a network. */
export function pointsInside(target: string): boolean {
  let host: string;
  try {
    host = new URL(/^[a-z]+:\/\//i.test(target) ? target : `http://${target}`).hostname;
  } catch {
    return false;
  }
  if (host.startsWith("[")) return true;
  if (
    /^(?:10|127|0)\.|^192\.168\.|^169\.254\.|^100\.(?:6[4-9]|[7-9]\d|1[01]\d|12[0-7])\.|^172\.(?:1[6-9]|2\d|3[01])\./.test(
      host,
    )
  )
    return true;
  return !host.includes(".") || /\.(?:local|internal|intranet|lan|corp|home|localdomain)\.?$/.test(host);
}

/** Targets a linkifier would make of this text that go inside a network. */
export function insideAutolinks(visible: string): string[] {
  return autolinkTargets(visible).filter(pointsInside);
}

/**
 * Host names a mail client links written bare, without a scheme or `www.` (`evil.com/login`,
 * `a@evil.com`): Gmail and Outlook in an HTML part's text, Apple Mail in plain text. Reduced to
 * ASCII names under the common top-level names; applied to the visible text (ZWSP gone is not
 * assumed: a client that keeps it sees no host).
 */
const BARE_HOST =
  /(?<![\p{L}\p{N}_.-])(?:[A-Za-z0-9-]+\.)+(?:com|net|org|io|ai|co|cn|app|dev|xyz|top|info|me|ru)(?![\p{L}\p{N}_-])(?:\/[^\s<>"'`)）\]|，。、；]*)?/giu;

/** Bare host names (with their paths) a mail client would link in this text as the client receives it. */
export function bareHostLinks(text: string): string[] {
  return text.match(BARE_HOST) ?? [];
}
