/** Sizes in each platform's unit, and the atoms a line may be cut into. */

export function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

/** UTF-16 code units: what Telegram, Discord and Slack count (never fewer than code points). */
export function charCount(s: string): number {
  return s.length;
}

const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"' };

/** The text Telegram shows after parsing HTML: tags dropped, entities decoded. */
export function telegramVisibleText(html: string): string {
  return html.replace(/<[^>]*>/g, "").replace(/&(amp|lt|gt|quot|#\d+|#x[0-9a-f]+);/gi, (_, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return String.fromCodePoint(code);
    }
    return ENTITY[name.toLowerCase()] ?? "";
  });
}

/** Code points, so a split never falls inside a surrogate pair (or a UTF-8 sequence). */
export function codePointAtoms(s: string): string[] {
  return Array.from(s);
}

/** Tags and entities stay whole; everything else is a code point. */
export function htmlAtoms(s: string): string[] {
  return s.match(/<[^>]*>|&[#a-z0-9]+;|[\s\S]/giu) ?? [];
}

/**
 * Telegram's atoms: an element (`<b>…</b>`, `<a href>…</a>`) stays whole when it fits the budget;
 * one that does not is cut between its characters and each piece wrapped in the same tags, so
 * every piece is balanced HTML (Telegram refuses a message with an unclosed tag). Entities such as
 * `&amp;` are never cut. Our Telegram HTML never nests elements.
 */
export function telegramAtoms(line: string, budget: number, measure: (s: string) => number): string[] {
  const tokens = htmlAtoms(line);
  const atoms: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i]!;
    const name = /^<([a-z][a-z0-9-]*)[\s>]/i.exec(open)?.[1];
    const end = name ? tokens.indexOf(`</${name}>`, i + 1) : -1;
    if (!name || end === -1) {
      atoms.push(open);
      continue;
    }
    const close = tokens[end]!;
    const inner = tokens.slice(i + 1, end);
    i = end;
    const element = open + inner.join("") + close;
    if (measure(element) <= budget) {
      atoms.push(element);
      continue;
    }
    let piece = "";
    for (const t of inner) {
      if (piece && measure(open + piece + t + close) > budget) {
        atoms.push(open + piece + close);
        piece = "";
      }
      piece += t;
    }
    if (piece) atoms.push(open + piece + close);
  }
  return atoms;
}

/** The longest run a cut is kept out of; a longer one (a degenerate line) is cut anyway. */
const MAX_GLUED_CODE_POINTS = 64;

/**
 * The Markdown dialects' atoms (Discord, Feishu, DingTalk, WeCom, Slack): code points, except that
 * a cut never falls right after a backslash (Discord's escape stays with what it escapes) nor right
 * before whitespace, a digit or a block marker (`#`, `>`, `-`, `+`, `*`, `=`, `|`). A continuation
 * part starts a line, so it then never starts with a heading, a quote, a list or a broken escape
 * the text did not have there. A run of such characters longer than 64 code points is cut anyway.
 */
export function markdownAtoms(line: string, budget: number, measure: (s: string) => number): string[] {
  const atoms: string[] = [];
  let previous = "";
  let glued = 0;
  for (const cp of line) {
    const last = atoms[atoms.length - 1];
    const stick =
      last !== undefined &&
      (previous === "\\" || /[\s\d#>+*=|-]/u.test(cp)) &&
      glued < MAX_GLUED_CODE_POINTS &&
      measure(last + cp) <= budget;
    if (stick) {
      atoms[atoms.length - 1] = last + cp;
      glued++;
    } else {
      atoms.push(cp);
      glued = 0;
    }
    previous = cp;
  }
  return atoms;
}
