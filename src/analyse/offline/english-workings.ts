// How an English launch works, said plainly: the product (or "It", or one of its parts) doing
// something in the present tense ("Ledger connects to a company's bank feeds…", "Relay can wait on hold,
// answer … and confirm …", "Each arm uses a camera and a suction gripper…"). Such sentences carry no
// method word (framework, architecture), so they count for 核心技术 by their shape.

const PART =
  "(?:The|Each|A|An|Its)\\s+(?:[a-z-]+\\s+){0,2}(?:model|agent|system|tool|app|arm|robot|engine|assistant|pipeline|encoder|decoder|gripper|service)";
/** A present-tense verb or a modal before one: "connects", "matches", "can wait", "then files". */
const PRESENT = "(?:then\\s+)?(?:(?:can|will)\\s+[a-z]+|[a-z]+(?:s|es))\\b";
const NOT_A_VERB = /^(?:is|was|has|does|says|costs|charges|plans|aims|hopes|expects|raises|wants|needs)$/;

/**
 * True for an English sentence opening with a name the title gives (Ledger, Relay), "It" or one of the
 * thing's parts, then a present-tense verb ("connects", "can wait", "then matches").
 */
export function describesWorkings(sentence: string, title: string): boolean {
  if (/[\u4e00-\u9fff]/.test(sentence)) return false;
  const m = sentence.match(
    new RegExp(`^([A-Z][A-Za-z0-9-]*(?:\\s[A-Z0-9][A-Za-z0-9-]*)?|${PART})\\s+(${PRESENT})`),
  );
  if (!m) return false;
  const opener = m[1]!;
  const named = opener === "It" || new RegExp(`^${PART}$`).test(opener) || title.includes(opener);
  if (!named) return false;
  const verb = m[2]!.replace(/^(?:then\s+)?(?:can\s+|will\s+)?/, "").trim();
  // "can wait" has no -s: the modal is enough.
  return /\b(?:can|will)\s/.test(m[2]!) || !NOT_A_VERB.test(verb);
}
