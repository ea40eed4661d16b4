import { defangHostSpellings } from "./defang-hosts.ts";
import { blockedReason } from "./ip-ranges.ts";
import { publishableUrl } from "./links.ts";

/**
 * Addresses that are shown as text but must never become a link, defanged the way security reports
 * write indicators: `http://10.0.0.5/admin` reads `hxxp://10.0.0[.]5/admin`. Every mail client and
 * chat links a bare `http://…`, `www.…` or IPv4 address in plain text (Gmail and Outlook in HTML
 * text too), whatever Markdown or an invisible ZERO WIDTH SPACE says, and a client that drops
 * invisible characters sees the address whole. A defanged address is visibly not a link: no
 * linkifier matches it, and the reader still sees where it pointed.
 */

/** `http://10.0.0.5:8080/x` → `hxxp://10.0.0[.]5:8080/x`; any other scheme `s:` → `s[:]`. */
export function defangUrl(url: string): string {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):(\/\/[^/?#\\]*)?([\s\S]*)$/.exec(url);
  if (!m) return defangDots(url);
  const [, scheme = "", authority = "", rest = ""] = m;
  const lower = scheme.toLowerCase();
  const shown = lower === "http" ? "hxxp:" : lower === "https" ? "hxxps:" : `${scheme}[:]`;
  return `${shown}${defangAuthority(authority)}${rest}`;
}

/** The host's dots bracketed (`[.]`), and the `@` of user info; an IPv6 literal keeps its own dots. */
function defangAuthority(authority: string): string {
  if (!authority) return "";
  const body = authority.slice(2);
  const at = body.lastIndexOf("@");
  const user = at === -1 ? "" : `${body.slice(0, at).replace(/@/g, "[@]")}[@]`;
  const host = body.slice(at + 1);
  return `//${user}${host.startsWith("[") ? host : defangDots(host)}`;
}

function defangDots(s: string): string {
  return s.replace(/[.\u3002\uff0e\uff61]/g, "[$&]");
}

/**
 * The end of an address written in prose: whitespace, quotes, angle brackets, and CJK or full-width
 * punctuation (`见 http://10.0.0.5/admin。`).
 */
const URL_CHARS = "[^\\s<>\"'`\\u3000-\\u303f\\uff00-\\uffef]";
/** A scheme is at most 32 characters: an unbounded one made `a.a.a.…` (no `://`) quadratic. */
const SCHEME_RUN = new RegExp(`\\b[A-Za-z][A-Za-z0-9+.-]{0,31}:\\/\\/${URL_CHARS}*`, "g");
const WWW_RUN = new RegExp(`(?<![\\p{L}\\p{N}_.-])www\\.${URL_CHARS}+`, "giu");
const IPV4 = /(?<![\p{L}\p{N}_.\-/:@[])(\d{1,3}(?:\.\d{1,3}){3})(?![\p{N}_]|\.\d)/gu;

/**
 * Every address an article (or a reply, a feed error) wrote in prose that may not be published as a
 * link, defanged: `scheme://…` runs that are not publishable http(s) URLs (an internal host,
 * `file://`, `ftp://`), `www.` names that resolve only inside, and bare IPv4 addresses outside
 * public unicast (`10.0.0.5:8080/x`), and the other spellings of an internal host (`0x7f.1`,
 * `localhost:8080`, `[::1]`: defang-hosts.ts). A public address stays as written. Linear in the text.
 */
export function defangAddresses(text: string): string {
  if (!/[:.\u3002\uff0e\uff61]/.test(text)) return text;
  return defangHostSpellings(
    text
      // hxxp:// is already defanged (a text shown twice, or rendered from a defanged one).
      .replace(SCHEME_RUN, (run) =>
        publishableUrl(run) !== undefined || /^hxxps?:/i.test(run) ? run : defangUrl(run),
      )
      .replace(WWW_RUN, (run) => (publishableUrl(`http://${run}`) === undefined ? defangDots(run) : run))
      .replace(IPV4, (ip) => (blockedReason(ip) === undefined ? ip : defangDots(ip))),
  );
}
