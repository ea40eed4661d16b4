// A small reader for the Python comparison expressions in feedparser's test expectations
// (`entries[0]['title'] == u'…'`, `ord(…) == 8217`, `published_parsed == (2004, 1, 1, …)`).

export const NOT_LITERAL = Symbol("not literal");
export type PyValue = string | number | null | number[] | typeof NOT_LITERAL;

export interface Comparison {
  lhs: string;
  path: (string | number)[];
  fn?: "ord" | "len";
  op: "==" | "!=";
  rhs: PyValue;
}

export function parseComparison(clause: string): Comparison | undefined {
  const at = findOperator(clause);
  if (!at) return undefined;
  let lhs = clause.slice(0, at.index).trim();
  const rhs = parsePyValue(clause.slice(at.index + 2).trim());
  let fn: Comparison["fn"];
  const call = /^(ord|len)\((.*)\)$/.exec(lhs);
  if (call) [fn, lhs] = [call[1] as "ord" | "len", call[2] ?? ""];
  const path: (string | number)[] = [];
  const head = /^(\w+)/.exec(lhs);
  if (!head) return undefined;
  path.push(head[1] ?? "");
  for (const m of lhs.slice(head[0].length).matchAll(/\[(\d+)\]|\['([^']*)'\]|\["([^"]*)"\]|\.(\w+)/g)) {
    path.push(m[1] !== undefined ? Number(m[1]) : (m[2] ?? m[3] ?? m[4] ?? ""));
  }
  return { lhs, path, fn, op: at.op, rhs };
}

function findOperator(text: string): { index: number; op: "==" | "!=" } | undefined {
  let quote = "";
  for (let i = 0; i < text.length - 1; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = "";
    } else if (ch === "'" || ch === '"') quote = ch;
    else if ((ch === "=" || ch === "!") && text[i + 1] === "=")
      return { index: i, op: ch === "=" ? "==" : "!=" };
  }
  return undefined;
}

export function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let quote = "";
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = "";
    } else if (ch === "'" || ch === '"') quote = ch;
    else if ("([{".includes(ch ?? "")) depth++;
    else if (")]}".includes(ch ?? "")) depth--;
    else if (depth === 0 && text.startsWith(separator, i)) {
      parts.push(text.slice(start, i));
      start = i + separator.length;
      i += separator.length - 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function parsePyValue(text: string): PyValue {
  if (text === "None") return null;
  if (/^-?\d+$/.test(text)) return Number(text);
  const tuple = /^\(([\d,\s-]+)\)$/.exec(text);
  if (tuple)
    return (tuple[1] ?? "")
      .split(",")
      .filter((s) => s.trim())
      .map(Number);
  const pieces = splitTopLevel(text, "+").map((p) => p.trim());
  let out = "";
  for (const piece of pieces) {
    const m = /^[ub]?('''|"""|'|")([\s\S]*)\1$/.exec(piece);
    if (!m) return NOT_LITERAL;
    out += unescapePython(m[2] ?? "");
  }
  return out;
}

function unescapePython(body: string): string {
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[\s\S])/g, (_, e: string) => {
    if (/^[xuU]/.test(e) && e.length > 1) return String.fromCodePoint(Number.parseInt(e.slice(1), 16));
    return { n: "\n", t: "\t", r: "\r", "0": "\0" }[e] ?? e;
  });
}
