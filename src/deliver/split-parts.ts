/**
 * Packs a channel's blocks into messages within its limit: whole entries first, then paragraphs,
 * then lines, then atoms (code points, or whole tags/entities/elements for HTML). Nothing is
 * truncated or dropped: stripping the 「i/n」 headers and concatenating the parts gives back the
 * blocks joined by a blank line.
 *
 * Packing is greedy and in order, with room for the 「i/n」 header always reserved, so where an
 * entry lands never depends on what comes after it (the footer's run notes, which change from run
 * to run): the same entries always give the same parts.
 */
import { DeliveryError } from "../errors.ts";
import { codePointAtoms } from "./measure.ts";

export interface SplitOptions {
  max: number;
  measure: (s: string) => number;
  /**
   * Cuts a line that is too long into pieces each within `budget` (Telegram: never inside a tag,
   * an entity or an element); defaults to code points.
   */
  atoms?: (line: string, budget: number, measure: (s: string) => number) => string[];
  /** Channel name for errors. */
  channel?: string;
}

/** One message: its body, and which pieces of which blocks it carries (block index, piece index). */
export interface PlannedPart {
  body: string;
  units: { block: number; piece: number }[];
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
  if (level >= 2) {
    const atoms = o.atoms ? o.atoms(piece, budget, o.measure) : codePointAtoms(piece);
    if (atoms.some((a) => o.measure(a) > budget)) {
      throw new DeliveryError(
        `an unsplittable piece is larger than the limit (${o.max})`,
        o.channel ?? "?",
        false,
      );
    }
    return atoms;
  }
  const next = level === 0 ? splitKeeping(piece, "\n\n") : splitKeeping(piece, "\n");
  return next.flatMap((p) => breakDown(p, budget, o, level + 1));
}

/** The parts, with what each carries; one part has no header, several are numbered. */
export function planParts(blocks: string[], o: SplitOptions): PlannedPart[] {
  const whole = blocks.map((b, i) => (i < blocks.length - 1 ? b + BLOCK_SEPARATOR : b));
  if (!Number.isFinite(o.max)) {
    return [{ body: whole.join(""), units: blocks.map((_, block) => ({ block, piece: 0 })) }];
  }
  // Reserve room for the widest header this split could need, then confirm with the real count.
  let reserve = o.measure(partHeader(99, 99));
  for (;;) {
    const budget = o.max - reserve;
    if (budget <= 0)
      throw new DeliveryError(`limit ${o.max} leaves no room for text`, o.channel ?? "?", false);
    const planned: PlannedPart[] = [];
    let current: PlannedPart | undefined;
    whole.forEach((block, b) => {
      breakDown(block, budget, o).forEach((piece, p) => {
        if (current && o.measure(current.body + piece) > budget) {
          planned.push(current);
          current = undefined;
        }
        current ??= { body: "", units: [] };
        current.body += piece;
        current.units.push({ block: b, piece: p });
      });
    });
    if (current) planned.push(current);
    if (planned.length <= 1) return planned;
    const widest = o.measure(partHeader(planned.length, planned.length));
    if (widest <= reserve)
      return planned.map((p, i) => ({ ...p, body: partHeader(i + 1, planned.length) + p.body }));
    reserve = widest;
  }
}

/** Message bodies, each within `max` when measured, numbered when there is more than one. */
export function splitIntoParts(blocks: string[], o: SplitOptions): string[] {
  return planParts(blocks, o).map((p) => p.body);
}

/** Inverse of the numbering, for tests and tools: the text the parts carried. */
export function joinParts(parts: string[]): string {
  return parts.map((p) => p.replace(PART_HEADER_PATTERN, "")).join("");
}
