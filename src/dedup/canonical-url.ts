/**
 * Canonical URL keys, so one article reached by different links is stored once.
 * WeChat: long links (/s?__biz=…&mid=…&idx=…&sn=…) keep only those four keys; short links
 * (/s/<id>) keep the id. Elsewhere: lower-case scheme and host, no "www.", no default port,
 * no fragment, no tracking parameters, no trailing slash, sorted query.
 */
const TRACKING = new Set([
  "spm",
  "chksm",
  "scene",
  "from",
  "isappinstalled",
  "nettype",
  "ascene",
  "devicetype",
  "version",
  "lang",
  "pass_ticket",
  "wx_header",
  "sessionid",
  "clicktime",
  "enterid",
  "subscene",
  "exportkey",
  "fbclid",
  "gclid",
  "igshid",
  "mc_cid",
  "mc_eid",
  "ref",
  "ref_src",
  "source",
  "share_token",
  "xtrack",
  "poc_token",
  // Other common trackers.
  "yclid",
  "msclkid",
  "_hsenc",
  "_hsmi",
  "mkt_tok",
  "share_source",
  "share_medium",
  "s_trackid",
]);
const WECHAT_KEYS = ["__biz", "mid", "idx", "sn"];
const LEGACY_WECHAT_KEYS: [string, string][] = [
  ["appmsgid", "mid"],
  ["itemidx", "idx"],
  ["sign", "sn"],
];

export function canonicalUrl(input: string): string {
  let url: URL;
  // Links copied out of page HTML (msg_link, og:url) often keep their entities: &amp; &#38;.
  const raw = input
    .trim()
    .replace(/&amp;|&#0*38;|&#x0*26;/gi, "&")
    .replace(/\\x26/g, "&");
  try {
    url = new URL(raw);
  } catch {
    return raw;
  }
  url.hash = "";
  url.protocol = url.protocol.toLowerCase();
  // A trailing dot names the same host (a fully qualified name): mp.weixin.qq.com. is WeChat.
  url.hostname = url.hostname
    .toLowerCase()
    .replace(/\.+$/, "")
    .replace(/^www\./, "");
  if ((url.protocol === "https:" && url.port === "443") || (url.protocol === "http:" && url.port === "80"))
    url.port = "";
  if (url.hostname === "mp.weixin.qq.com") return canonicalWechat(url);
  const kept = [...url.searchParams.entries()]
    .filter(([key]) => !key.toLowerCase().startsWith("utm_") && !TRACKING.has(key.toLowerCase()))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  if (url.pathname.length > 1 && url.pathname.endsWith("/")) url.pathname = url.pathname.replace(/\/+$/, "");
  return url.toString();
}

function canonicalWechat(url: URL): string {
  url.protocol = "https:";
  url.pathname = url.pathname.replace(/\/{2,}/g, "/");
  const short = /^\/s\/([A-Za-z0-9_-]+)\/?$/.exec(url.pathname);
  if (short) return `https://mp.weixin.qq.com/s/${short[1]}`;
  const params = url.searchParams;
  // The old article path (/mp/appmsg/show?__biz&appmsgid&itemidx&sign) names the same four keys.
  if (url.pathname.startsWith("/mp/appmsg/show") && !params.get("mid")) {
    for (const [from, to] of LEGACY_WECHAT_KEYS) {
      const value = params.get(from);
      if (value) params.set(to, value);
    }
  }
  if (WECHAT_KEYS.every((k) => params.get(k))) {
    const query = WECHAT_KEYS.map((k) => `${k}=${encodeURIComponent(params.get(k) ?? "")}`).join("&");
    return `https://mp.weixin.qq.com/s?${query}`;
  }
  url.search = "";
  return url.toString();
}
