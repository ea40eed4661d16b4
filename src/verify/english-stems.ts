// Content words of English text, crudely stemmed, for comparing an English entry's clause with an
// English article's (denied-clauses-en.ts, english-antonyms.ts).
const STOP = new Set(
  "a an the is are was were be been being has have had it its this that these those to of in on for with and or by as at from will would can could may might does do did yet any no not so than then there their they we our you your he she his her them which who also still".split(
    " ",
  ),
);

/** Content words, crudely stemmed (released/release/releases → releas, trained/training → train). */
export function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[a-z][a-z0-9+-]*/g)) {
    const w = m[0].replace(/'s$/, "");
    if (STOP.has(w) || w.length < 3) continue;
    out.add(w.length > 3 ? w.replace(/ies$/, "y").replace(/(?:ing|ed|es|s|e)$/, "") : w);
  }
  return out;
}
