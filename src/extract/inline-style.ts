// Reading inline `style` attributes: enough CSS to tell whether text is visible, no cascade.

export type Rgba = [r: number, g: number, b: number, a: number];

/** Declarations of a style attribute, property names lower-cased, last one wins. */
export function parseInlineStyle(style: string | null | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!style) return out;
  for (const part of style.split(";")) {
    const colon = part.indexOf(":");
    if (colon < 0) continue;
    const name = part.slice(0, colon).trim().toLowerCase();
    const value = part
      .slice(colon + 1)
      .replace(/!important/i, "")
      .trim()
      .toLowerCase();
    if (name && value) out.set(name, value);
  }
  return out;
}

const NAMED: Record<string, Rgba> = {
  white: [255, 255, 255, 1],
  black: [0, 0, 0, 1],
  transparent: [0, 0, 0, 0],
  snow: [255, 250, 250, 1],
  ivory: [255, 255, 240, 1],
  whitesmoke: [245, 245, 245, 1],
  red: [255, 0, 0, 1],
  blue: [0, 0, 255, 1],
  gray: [128, 128, 128, 1],
  grey: [128, 128, 128, 1],
};

/** A CSS colour value (hex, rgb(), rgba(), a few names), or undefined when not understood. */
export function parseColor(value: string | undefined): Rgba | undefined {
  if (!value) return undefined;
  const v = value.trim().toLowerCase();
  const named = NAMED[v];
  if (named) return named;
  const hex = v.match(/^#([0-9a-f]{3,8})$/)?.[1];
  if (hex) {
    const full =
      hex.length <= 4
        ? [...hex].map((c) => c + c).join("")
        : hex.length === 6 || hex.length === 8
          ? hex
          : undefined;
    if (!full) return undefined;
    const n = (i: number) => Number.parseInt(full.slice(i, i + 2), 16);
    return [n(0), n(2), n(4), full.length === 8 ? n(6) / 255 : 1];
  }
  const fn = v.match(/^rgba?\(([^)]*)\)$/)?.[1];
  if (fn) {
    const parts = fn.split(/[\s,/]+/).filter(Boolean);
    if (parts.length < 3) return undefined;
    const channel = (s: string) =>
      s.endsWith("%") ? (Number.parseFloat(s) * 255) / 100 : Number.parseFloat(s);
    const alphaText = parts[3];
    const alpha =
      alphaText === undefined
        ? 1
        : alphaText.endsWith("%")
          ? Number.parseFloat(alphaText) / 100
          : Number.parseFloat(alphaText);
    const rgba: Rgba = [channel(parts[0]!), channel(parts[1]!), channel(parts[2]!), alpha];
    return rgba.every(Number.isFinite) ? rgba : undefined;
  }
  return undefined;
}

/** The colour inside a `background` shorthand ("#fff url(x) no-repeat"), if any. */
export function backgroundColorOf(style: Map<string, string>): Rgba | undefined {
  const direct = parseColor(style.get("background-color"));
  if (direct) return direct;
  const shorthand = style.get("background");
  if (!shorthand || /gradient|url\(/.test(shorthand)) return undefined;
  for (const token of shorthand.match(/rgba?\([^)]*\)|#[0-9a-f]{3,8}\b|[a-z]+/g) ?? []) {
    const color = parseColor(token);
    if (color) return color;
  }
  return undefined;
}

/** True when two opaque colours are too close to read one on the other. */
export function colorsIndistinguishable(text: Rgba, background: Rgba): boolean {
  const distance =
    Math.abs(text[0] - background[0]) + Math.abs(text[1] - background[1]) + Math.abs(text[2] - background[2]);
  return distance < 24;
}

/** "0", "0px", "0.0em", "0%" … */
export function isZeroLength(value: string | undefined): boolean {
  return value !== undefined && /^-?0*\.?0+(px|em|rem|pt|%|vw|vh|ex|ch)?$/.test(value);
}
