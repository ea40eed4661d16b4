/**
 * Tolerant JSON extraction from a model's reply: models wrap JSON in code fences, put prose
 * before or after it, or (DeepSeek json_object) answer with blanks. Tries, in order: the whole
 * text, each fenced block, then the first balanced {…} object found by scanning (string-aware).
 */
export type JsonExtraction = { ok: true; value: unknown } | { ok: false; error: string };

export function extractJson(text: string): JsonExtraction {
  const trimmed = text.replace(/^\uFEFF/, "").trim();
  if (trimmed === "") return { ok: false, error: "empty reply" };
  const direct = tryParse(trimmed);
  if (direct.ok) return direct;
  for (const match of trimmed.matchAll(/```[a-zA-Z0-9_-]*[ \t]*\r?\n?([\s\S]*?)```/g)) {
    const inner = match[1]?.trim();
    if (!inner) continue;
    const fenced = tryParse(inner);
    if (fenced.ok) return fenced;
    const object = firstBalancedObject(inner);
    if (object !== undefined) {
      const parsed = tryParse(object);
      if (parsed.ok) return parsed;
    }
  }
  let from = 0;
  while (from < trimmed.length) {
    const start = trimmed.indexOf("{", from);
    if (start < 0) break;
    const object = firstBalancedObject(trimmed, start);
    if (object === undefined) break;
    const parsed = tryParse(object);
    if (parsed.ok) return parsed;
    from = start + 1;
  }
  return { ok: false, error: "no JSON object found in the reply" };
}

function tryParse(text: string): JsonExtraction {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The balanced {…} starting at the first "{" at or after `from`, skipping braces inside strings. */
export function firstBalancedObject(text: string, from = 0): string | undefined {
  const start = text.indexOf("{", from);
  if (start < 0) return undefined;
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === "\\") escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === "{") depth++;
    else if (ch === "}") {
      depth--;
      if (depth === 0) return text.slice(start, i + 1);
    }
  }
  return undefined;
}
