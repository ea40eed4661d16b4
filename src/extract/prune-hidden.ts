// Removes everything a reader would not see, so hidden text never reaches the analyser or an LLM
// (hidden text is the usual carrier of prompt injection). Inline styles only: there is no cascade.
import {
  backgroundColorOf,
  colorsIndistinguishable,
  isZeroLength,
  parseColor,
  parseInlineStyle,
  type Rgba,
} from "./inline-style.ts";

const WHITE: Rgba = [255, 255, 255, 1];

/** Elements whose content is never reader text. */
const DROPPED_TAGS = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "IFRAME",
  "OBJECT",
  "EMBED",
  "SVG",
  "CANVAS",
  "HEAD",
  "TITLE",
  "META",
  "LINK",
  "INPUT",
  "BUTTON",
  "SELECT",
  "TEXTAREA",
  "FORM",
  "DIALOG",
  "MP-STYLE-TYPE",
  "AUDIO",
  "VIDEO",
]);

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const HAS_ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/;

/** Removes zero-width characters that can smuggle or split words. */
export function stripZeroWidth(text: string): string {
  return text.replace(ZERO_WIDTH, "");
}

export interface PruneOptions {
  /** Background behind the root (the page is assumed white). */
  background?: Rgba;
}

/**
 * The background an element paints behind its children: a colour, "unknown" for images and
 * gradients (text over them cannot be judged), or undefined when it declares none.
 */
function backgroundBehind(el: Element, style: Map<string, string>): Rgba | "unknown" | undefined {
  const color = backgroundColorOf(style) ?? parseColor(el.getAttribute("bgcolor") ?? undefined);
  if (color && color[3] > 0.5) return color;
  const shorthand = `${style.get("background") ?? ""} ${style.get("background-image") ?? ""}`;
  return /url\(|gradient/.test(shorthand) ? "unknown" : undefined;
}

/**
 * Why an element is invisible, or undefined when it is visible (as far as inline styles tell).
 * `background` is what lies behind it, or undefined when that cannot be known.
 */
export function hiddenReason(
  el: Element,
  background: Rgba | undefined,
  style = parseInlineStyle(el.getAttribute("style")),
): string | undefined {
  if (DROPPED_TAGS.has(el.tagName.toUpperCase())) return "tag";
  if (el.hasAttribute("hidden")) return "hidden-attribute";
  if (el.getAttribute("aria-hidden")?.trim().toLowerCase() === "true") return "aria-hidden";
  if (style.size === 0 && !el.hasAttribute("color")) return undefined;
  if (style.get("display") === "none") return "display-none";
  const visibility = style.get("visibility");
  if (visibility === "hidden" || visibility === "collapse") return "visibility-hidden";
  const opacity = style.get("opacity");
  if (opacity !== undefined && Number.parseFloat(opacity) <= 0.05) return "opacity-0";
  if (isZeroLength(style.get("font-size"))) return "font-size-0";
  if (
    style.get("overflow") === "hidden" &&
    (isZeroLength(style.get("height")) || isZeroLength(style.get("width")))
  )
    return "zero-box";
  if (/^-\d{3,}/.test(style.get("text-indent") ?? "")) return "offscreen";
  if (style.get("position") === "absolute" && /^-\d{3,}/.test(style.get("left") ?? style.get("top") ?? ""))
    return "offscreen";
  // <font color> is how some editors still colour text.
  const color = parseColor(style.get("color") ?? el.getAttribute("color") ?? undefined);
  if (color) {
    if (color[3] <= 0.05) return "transparent-text";
    const own = backgroundBehind(el, style);
    const behind = own === "unknown" ? undefined : (own ?? background);
    if (behind && colorsIndistinguishable(color, behind)) return "text-like-background";
  }
  return undefined;
}

/**
 * Removes hidden elements, comments and zero-width characters under `root` (root itself is kept).
 * Background colours are tracked down the tree so white-on-white is caught where it is declared.
 */
export function pruneHidden(root: Element, options: PruneOptions = {}): void {
  pruneChildren(root, options.background ?? WHITE);
}

function pruneChildren(parent: Element, background: Rgba | undefined): void {
  let node = parent.firstChild;
  while (node) {
    const next: ChildNode | null = node.nextSibling;
    if (node.nodeType === 8) {
      parent.removeChild(node);
    } else if (node.nodeType === 3) {
      const value = node.nodeValue ?? "";
      if (HAS_ZERO_WIDTH.test(value)) node.nodeValue = stripZeroWidth(value);
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const style = parseInlineStyle(el.getAttribute("style"));
      if (hiddenReason(el, background, style)) {
        parent.removeChild(el);
      } else {
        const own = style.size > 0 || el.hasAttribute("bgcolor") ? backgroundBehind(el, style) : undefined;
        pruneChildren(el, own === "unknown" ? undefined : (own ?? background));
      }
    }
    node = next;
  }
}

/** The page background declared inline on <body> or <html>, else white. */
export function pageBackground(doc: Document): Rgba {
  for (const el of [doc.body, doc.documentElement]) {
    const color = el ? backgroundColorOf(parseInlineStyle(el.getAttribute("style"))) : undefined;
    if (color && color[3] > 0.5) return color;
  }
  return WHITE;
}
