// English word forms around a name an English entry writes for an article (often a Chinese one):
// "QbitAI's" is QbitAI, and "AI-generated", "Embodied-AI" are English compounds of a generic word,
// not names. Each form is reduced to what the article must name; nothing here vouches for a name the
// article lacks.

/** The name a possessive stands for: "QbitAI's" → "QbitAI"; other words unchanged. */
export function withoutPossessive(name: string): string {
  return name.replace(/['’]s$/, "");
}

/**
 * An English compound of a generic word ("AI-generated", "GPU-hours", "Embodied-AI" at a sentence
 * start): every part is a generic word or a lower-case English word, and at most the first part is
 * capitalised, only where a sentence starts. A part that could name ("Nova-AI") keeps it a name.
 */
export function genericCompound(raw: string, generic: ReadonlySet<string>, sentenceStart: boolean): boolean {
  const parts = raw.split("-");
  if (parts.length < 2 || !parts.some((p) => generic.has(p))) return false;
  return parts.every(
    (p, i) =>
      generic.has(p) || /^[a-z]{3,}$/.test(p) || (i === 0 && sentenceStart && /^[A-Z][a-z]{3,}$/.test(p)),
  );
}
