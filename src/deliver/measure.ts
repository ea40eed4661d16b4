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
