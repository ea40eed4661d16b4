import { blockedReason } from "./ip-ranges.ts";
import { CODE_KINDS, parseKnownLink } from "./known-links.ts";

/** Which URLs the briefing may turn into links: absolute http(s) only (never javascript:, data:, file:). */
export function isHttpUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * An http(s) URL as a briefing may link it, or undefined for anything else. User info is removed:
 * `https://mp.weixin.qq.com@evil.example/s/x` reads as one host and goes to another. A link to an
 * internal host (`http://10.0.0.5/admin`, `http://localhost:8080`, `http://intranet/`; see
 * `internalHostReason`) is never made from what an article or a reply wrote: a tap in a company chat
 * would open the reader's own LAN. `ours` is for URLs the operator configured (a channel's pageUrl),
 * which may well be internal.
 */
export function publishableUrl(value: string, options: { ours?: boolean } = {}): string | undefined {
  if (!isHttpUrl(value)) return undefined;
  const url = new URL(value);
  if (!options.ours && internalHostReason(url) !== undefined) return undefined;
  // A host written outside ASCII is shown as the name it resolves as (punycode): `gіthub.com` with
  // a Cyrillic і reads as GitHub and is xn--gthub-n2e.com, as a browser's address bar shows it.
  const unicodeHost = /[^\x00-\x7f]/.test(/^[a-z]+:\/\/([^/?#]*)/i.exec(value.trim())?.[1] ?? "");
  if (!url.username && !url.password && !unicodeHost) return encodeInvisible(value);
  url.username = "";
  url.password = "";
  return encodeInvisible(url.href);
}

/**
 * A URL as a consumer may link it (`publishableUrl`), or null with the address as written in
 * `rawUrl`: a consumer that links every `url` (the JSON output, the HTTP API) never links into the
 * reader's own network nor runs a `javascript:` URL.
 */
export function linkFields(url: string): { url: string | null; rawUrl?: string } {
  const href = publishableUrl(url);
  return href === undefined ? { url: null, rawUrl: url } : { url: href };
}

/**
 * Invisible and control characters of a URL's path, query or fragment (U+202E, ZWSP, a soft hyphen,
 * a line separator) percent-encoded, as the URL parser sends them: shown raw, `x\u202Egnp.exe` would
 * read as `xexe.png`. Where the link goes does not change.
 */
function encodeInvisible(url: string): string {
  return url.replace(/[\p{Cf}\p{Cc}\p{Zl}\p{Zp}]/gu, (c) => encodeURIComponent(c));
}

/**
 * Names that only resolve inside a network: RFC 6761/6762/8375 and the suffixes intranets use.
 * (`.example`, `.test`, `.invalid` resolve nowhere, inside or out, and stay as they are.)
 */
const INTERNAL_SUFFIXES = [
  "localhost",
  "local",
  "internal",
  "intranet",
  "lan",
  "corp",
  "home",
  "home.arpa",
  "localdomain",
];

/**
 * Why a URL's host is not a host of the public internet, or undefined when it may be: an IP address
 * outside public unicast in any spelling the URL parser normalises (`2130706433`, `0x7f.1`,
 * `[::ffff:127.0.0.1]`), `localhost` and the internal suffixes, or a one-label name (`http://jenkins/`).
 * A public name that resolves inside cannot be told without DNS and is not caught here.
 */
export function internalHostReason(url: URL): string | undefined {
  const host = url.hostname.toLowerCase().replace(/\.+$/, "");
  if (host.startsWith("[") || /^[\d.]+$/.test(host)) return blockedReason(host);
  if (!host.includes(".")) return `a one-label host name ${host}`;
  const suffix = INTERNAL_SUFFIXES.find((s) => host === s || host.endsWith(`.${s}`));
  return suffix ? `an internal host name ${host}` : undefined;
}

/** Dots a reader (and IDNA) takes for a host name's dot: ASCII, ideographic, full-width, half-width. */
const DOTS = /[.\u3002\uff0e\uff61]/;
/** A run of characters an address is written with; matched runs never overlap (linear in the text). */
const ADDRESS_RUN = /[\p{L}\p{N}\-.\u3002\uff0e\uff61:/\\]+/gu;
/** Endings a spoofed address is most often written with, which count even inside a sentence. */
const COMMON_ENDING = /^(?:com|net|org|io|cn|gov|edu)$/i;
/** A file name alone ("README.md", "model.safetensors") is a file, not a host. */
const FILE_ENDING =
  /^(?:md|txt|pdf|html?|json|ya?ml|py|ipynb|js|ts|rs|go|sh|csv|zip|png|jpe?g|gif|safetensors|gguf|bin|pt|onnx)$/i;

/** A host name as the URL parser resolves it (punycode, lower case), without `www.` and a final dot. */
function bareHost(host: string): string {
  let name = host.replace(/[\u3002\uff0e\uff61]/g, ".");
  try {
    name = new URL(`http://${name}/`).hostname;
  } catch {
    // not a valid host name: compared as written
  }
  return name
    .toLowerCase()
    .replace(/\.+$/, "")
    .replace(/^www\./, "");
}

/**
 * The host a run of text reads as, if it reads as an address: after a scheme or `www.`, a name
 * followed by a path, a name that is all the text, or a name under the most spoofed endings.
 * "Character.ai 发布", "Node.js", "v1.2.3" and "3.14" are words.
 */
function namedHost(run: string, alone: boolean): string | undefined {
  const scheme = run.indexOf("://");
  const rest = scheme === -1 ? run : run.slice(scheme + 3);
  const cut = rest.search(/[/\\:]/);
  const host = cut === -1 ? rest : rest.slice(0, cut);
  const labels = host.split(DOTS);
  if (labels.length < 2 || labels.some((l) => !/^[\p{L}\p{N}][\p{L}\p{N}-]*$/u.test(l) || l.endsWith("-")))
    return undefined;
  const ending = labels.at(-1)!;
  if (!/^\p{L}{2,}$/u.test(ending)) return undefined;
  const www = /www$/i.test(labels[0]!);
  const name = www ? labels.slice(1).join(".") : host;
  if (scheme !== -1 || www || (cut !== -1 && rest[cut] !== ":")) return name;
  if (alone) return FILE_ENDING.test(ending) ? undefined : name;
  return COMMON_ENDING.test(ending) ? name : undefined;
}

/**
 * Whether a link's text names another address than the one it goes to: `github.com/openai/x` or
 * `https://github.com/…` as the text of a link to `https://evil.example/`. Such a text is shown as
 * text beside the link's own URL, never as the link. A text naming the link's host, or a host
 * above or below it (`github.com` for `gist.github.com`), is the link's own.
 */
export function linkTextMisleads(text: string, href: string): boolean {
  let target: string;
  try {
    target = bareHost(new URL(href).hostname);
  } catch {
    return false;
  }
  // Invisible format characters (ZWSP, soft hyphen) do not split a name for the reader.
  const visible = text.replace(/\p{Cf}/gu, "");
  const whole = visible.trim();
  for (const [run] of visible.matchAll(ADDRESS_RUN)) {
    const found = namedHost(run, run === whole);
    if (found === undefined) continue;
    const named = bareHost(found);
    if (!named || named === target || target.endsWith(`.${named}`) || named.endsWith(`.${target}`)) continue;
    return true;
  }
  return false;
}

/** U+200B: invisible and not whitespace to any Markdown parser, so it breaks a token without showing. */
export const ZWSP = "\u200b";

/**
 * Removes explicit bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the
 * marks (U+200E, U+200F, U+061C): invisible, they reorder what the reader sees, so a title can
 * show "moc.elgoog" backwards or make the text around a link read otherwise. The visible
 * characters all stay.
 */
export function removeBidiControls(s: string): string {
  return s.replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g, "");
}

/**
 * Text that must not become a link by itself: `scheme://` and `www.` are broken with an invisible
 * ZWSP, so no client or Markdown viewer auto-links a URL that an article wrote (links are made only
 * from URLs we chose). Every character stays.
 */
export function breakAutolinks(s: string): string {
  // hxxp:// is a defanged address (model/defang.ts): no client links it, and it reads as written.
  return (
    s
      // A scheme is at most 32 characters: an unbounded one made `a.a.a.…` quadratic (40 KB: 4.5 s).
      .replace(/([A-Za-z][A-Za-z0-9+.-]{0,31}):\/\//g, (m, scheme: string) =>
        /^hxxps?$/i.test(scheme) ? m : `${scheme}:${ZWSP}//`,
      )
      .replace(/\b(www)\./gi, `$1${ZWSP}.`)
  );
}

/**
 * Top-level names a mail client links written bare (`evil.com/login`, no scheme, no `www.`): Gmail
 * and Outlook in an HTML part's text, Apple Mail in plain text. The generic and phishing-heavy ones;
 * file extensions that are also country codes (`.md`, `.py`, `.sh`, `.so`, `.js` is none) are left
 * out, so `CLAUDE.md` and `setup.py` stay searchable as written.
 */
const BARE_HOST =
  /(?<![\p{L}\p{N}_.-])(?:[A-Za-z0-9-]{1,63}\.){1,8}(?:com|net|org|io|ai|co|cn|app|dev|xyz|top|info|me|ru|biz|site|online|shop|cc|tk|link|club|vip|live|pro|us|uk|de|jp|hk|tw|sg|ly|gg|edu|gov)(?![\p{L}\p{N}_-])/giu;

/**
 * A host name written bare in text (`evil.com/login`, `a@evil.com`, the host of a URL whose scheme
 * breakAutolinks broke) with an invisible ZWSP before each dot, as the chats do: no mail client can
 * find a host name in it. For the files and the e-mail (HTML text, Markdown); the chats have their own.
 */
export function breakBareHosts(s: string): string {
  return s.replace(BARE_HOST, (host) => host.replace(/\./g, `${ZWSP}.`));
}

/** Paper hosts that are not arXiv (arXiv and its mirrors are read by known-links.ts). */
const PAPER_HOST =
  /^https?:\/\/(?:[\w-]+\.)*(?:openreview\.net\/(?:forum|pdf)|aclanthology\.org\/|doi\.org\/)/i;
const PAPER_FILE = /\.pdf(?:[?#]|$)/i;

/** A paper link (arXiv or a mirror of it, OpenReview, ACL Anthology, a DOI or a PDF): the ★ rubric's "paper" signal. */
export function isPaperLink(url: string): boolean {
  return parseKnownLink(url)?.kind === "arxiv" || PAPER_HOST.test(url) || PAPER_FILE.test(url);
}

/** A code or weights link: a repository on GitHub, GitLab, Gitee, a gist, a Hugging Face model/dataset/Space, ModelScope. */
export function isCodeLink(url: string): boolean {
  const kind = parseKnownLink(url)?.kind;
  return kind !== undefined && CODE_KINDS.has(kind);
}
