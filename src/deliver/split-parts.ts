/**
 * Packs a channel's blocks into messages within its limit: whole entries first, then paragraphs,
 * then lines, then atoms (code points, or tags/entities for HTML). Nothing is truncated or dropped:
 * stripping the 「i/n」 headers and concatenating the parts gives back the blocks joined by a blank line.
 */
import { DeliveryError } from "../errors.ts";
import { codePointAtoms } from "./measure.ts";

export interface SplitOptions {
  max: number;
  measure: (s: string) => number;
  atoms?: (line: string) => string[];
  /** Channel name for errors. */
  channel?: string;
}

export const BLOCK_SEPARATOR = "\n\n";

/** 「i/n」 and the newline after it. */
export function partHeader(index: number, total: number): string {
  return `「${index}/${total}」\n`;
}

export const PART_HEADER_PATTERN = /^「\d+\/\d+」\n/;

/** Splits keeping each separator at the end of the piece before it, so pieces concatenate exactly. */
function splitKeeping(s: string, sep: string): string[] {
  const pieces = s.split(sep);
  return pieces.map((p, i) => (i < pieces.length - 1 ? p + sep : p)).filter((p) => p.length > 0);
}

function breakDown(piece: string, budget: number, o: SplitOptions, level = 0): string[] {
  if (o.measure(piece) <= budget) return [piece];
  const next =
    level === 0
      ? splitKeeping(piece, "\n\n")
      : level === 1
        ? splitKeeping(piece, "\n")
        : (o.atoms ?? codePointAtoms)(piece);
  if (level >= 2) {
    const big = next.find((a) => o.measure(a) > budget);
    if (big !== undefined) {
      throw new DeliveryError(
        `an unsplittable piece is larger than the limit (${o.max})`,
        o.channel ?? "?",
        false,
      );
    }
    return next;
  }
  return next.flatMap((p) => breakDown(p, budget, o, level + 1));
}

function pack(pieces: string[], budget: number, measure: (s: string) => number): string[] {
  const parts: string[] = [];
  let current = "";
  for (const piece of pieces) {
    if (current && measure(current + piece) > budget) {
      parts.push(current);
      current = piece;
    } else {
      current += piece;
    }
  }
  if (current) parts.push(current);
  return parts;
}

/** Message bodies, each within `max` when measured, numbered when there is more than one. */
export function splitIntoParts(blocks: string[], o: SplitOptions): string[] {
  const whole = blocks.map((b, i) => (i < blocks.length - 1 ? b + BLOCK_SEPARATOR : b));
  if (!Number.isFinite(o.max)) return [whole.join("")];
  if (o.measure(whole.join("")) <= o.max) return [whole.join("")];
  // Reserve room for the widest header this split could need, then confirm with the real count.
  let reserve = o.measure(partHeader(99, 99));
  for (;;) {
    const budget = o.max - reserve;
    if (budget <= 0)
      throw new DeliveryError(`limit ${o.max} leaves no room for text`, o.channel ?? "?", false);
    const pieces = whole.flatMap((p) => breakDown(p, budget, o));
    const bodies = pack(pieces, budget, o.measure);
    const widest = o.measure(partHeader(bodies.length, bodies.length));
    if (widest <= reserve) return bodies.map((b, i) => partHeader(i + 1, bodies.length) + b);
    reserve = widest;
  }
}

/** Inverse of the numbering, for tests and tools: the text the parts carried. */
export function joinParts(parts: string[]): string {
  return parts.map((p) => p.replace(PART_HEADER_PATTERN, "")).join("");
}
