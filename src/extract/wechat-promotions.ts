// WeChat article bodies end (and sometimes start) with blocks that are not the article: QR codes,
// "follow the account" prompts, ads, mini-program cards, and lists of older posts.
import { isBlockElement } from "./element-to-text.ts";

/** Embedded cards and ad containers WeChat renders from custom tags or known classes. */
const PROMO_SELECTORS = [
  "mp-common-profile",
  "mpprofile",
  ".js_uneditable.custom_select_card",
  "mp-common-cpsad",
  "mpcps",
  ".mp_profile_iframe",
  ".js_ad_link",
  ".js_cpc_area",
  ".mpcpc",
  "qqmusic",
  "mpvoice",
  "mp-common-mpaudio",
  "mpvideosnap",
  "mp-common-videosnap",
  "mp-common-product",
  ".js_product_container",
];

/** Mini-program embeds are kept only when they carry text (a text link reads as prose). */
const MINIPROGRAM_SELECTORS = [
  "mp-miniprogram",
  ".weapp_display_element",
  ".weapp_image_link",
  "a[data-miniprogram-appid]",
];

const FOLLOW_PROMPT =
  /(点击|点|长按|扫码|扫描|识别).{0,8}(上方|下方|蓝字|名片|二维码|关注)|关注(我们|公众号|本号|一下)|设为星标|星标(我们|公众号)|置顶公众号/;

/** Headings that open a trailing list of other posts: everything from them on is dropped. */
const TRAILER_WORDS = /推荐阅读|往期|相关阅读|精选推荐|热门推荐|延伸阅读|更多阅读|近期热文|历史文章/;
// Decoration around the heading: punctuation, symbols (▼ ★ ❤), the emoji variation selector.
const TRAILER_HEADING =
  /^(?:[\s\p{P}\p{S}]|\uFE0F)*(推荐阅读|往期回顾|往期推荐|往期精选|往期文章|相关阅读|精选推荐|热门推荐|延伸阅读|更多阅读|近期热文|历史文章)(?:[\s\p{P}\p{S}]|\uFE0F)*$/u;

function shortText(el: Element): string {
  return (el.textContent ?? "").replace(/\s+/g, "");
}

/** Text nodes under `root` whose value passes `filter` (one walk, no per-element text). */
function textNodesMatching(root: Element, filter: RegExp): Node[] {
  const out: Node[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (filter.test(child.nodeValue ?? "")) out.push(child);
      } else if (child.nodeType === 1) walk(child);
    }
  };
  walk(root);
  return out;
}

/** The nearest block element holding `node`, below `root`. */
function blockOf(node: Node, root: Element): Element | undefined {
  let el = node.parentElement;
  while (el && el !== root && !isBlockElement(el)) el = el.parentElement;
  return el && el !== root ? el : undefined;
}

export function dropWechatPromotions(root: Element): void {
  for (const el of Array.from(root.querySelectorAll(PROMO_SELECTORS.join(", "))))
    el.parentNode?.removeChild(el);
  for (const el of Array.from(root.querySelectorAll(MINIPROGRAM_SELECTORS.join(", ")))) {
    if (!shortText(el)) el.parentNode?.removeChild(el);
  }
  // QR codes are images that say so in their URL or alt.
  for (const img of Array.from(root.querySelectorAll("img"))) {
    const hint = `${img.getAttribute("alt") ?? ""} ${img.getAttribute("data-src") ?? ""} ${img.getAttribute("src") ?? ""}`;
    if (/qrcode|二维码|qr_code/i.test(hint)) img.parentNode?.removeChild(img);
  }
  dropTrailer(root);
  for (const node of textNodesMatching(root, /关注|星标|置顶|二维码|扫码|长按/)) {
    let block = blockOf(node, root);
    if (!block || !root.contains(block)) continue;
    const text = shortText(block);
    if (text.length > 40 || !FOLLOW_PROMPT.test(text)) continue;
    // Widen to the enclosing block while it stays a short promo (it often holds the QR image too).
    while (
      block.parentElement &&
      block.parentElement !== root &&
      shortText(block.parentElement).length <= 40
    ) {
      block = block.parentElement;
    }
    block.parentNode?.removeChild(block);
  }
}

/** Cuts from a "推荐阅读 / 往期回顾" heading to the end, when it sits in the back half of the body. */
function dropTrailer(root: Element): void {
  const candidates = textNodesMatching(root, TRAILER_WORDS);
  if (candidates.length === 0) return;
  const total = shortText(root).length;
  for (const node of candidates) {
    const el = blockOf(node, root);
    if (!el || !TRAILER_HEADING.test(shortText(el))) continue;
    let top: Element = el;
    while (top.parentElement && top.parentElement !== root) top = top.parentElement;
    if (top.parentElement !== root) continue;
    const following: Element[] = [];
    for (let next = top.nextElementSibling; next; next = next.nextElementSibling) following.push(next);
    const tail = following.reduce((n, e) => n + shortText(e).length, 0);
    if (tail > total / 2) continue;
    // The heading may share its top-level block with the article's last paragraph: cut inside it.
    removeFrom(el, top);
    for (const e of following) e.parentNode?.removeChild(e);
    return;
  }
}

/** Removes `el` and everything after it inside `top`. */
function removeFrom(el: Element, top: Element): void {
  let node: Element | null = el;
  while (node && node !== top) {
    const parent: Element | null = node.parentElement;
    let next = node.nextSibling;
    while (next) {
      const after = next.nextSibling;
      next.parentNode?.removeChild(next);
      next = after;
    }
    if (node === el) node.parentNode?.removeChild(node);
    node = parent;
  }
  if (el === top) top.parentNode?.removeChild(top);
}
