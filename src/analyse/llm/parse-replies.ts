import { z } from "zod";
import { extractJson } from "../../llm/extract-json.ts";
import type { Entry } from "../../model/entry.ts";
import { entrySchema } from "../../model/entry-schema.ts";

/** The LLM's JSON, decoded at the edge: an entry that satisfies entrySchema, or the reasons it does not. */
export type ParsedReply<T> = { ok: true; value: T } | { ok: false; errors: string[] };

function validate<T>(text: string, schema: z.ZodType<T>): ParsedReply<T> {
  const extracted = extractJson(text);
  if (!extracted.ok) return { ok: false, errors: [extracted.error] };
  const result = schema.safeParse(extracted.value);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`),
  };
}

export function parseEntryReply(text: string): ParsedReply<Entry> {
  return validate(text, entrySchema as z.ZodType<Entry>);
}

export const gateVerdictSchema = z.object({
  relevant: z.boolean(),
  stars: z.coerce.number().int().min(1).max(5).optional(),
  category: z.string().optional(),
  reason: z.string().trim().min(1),
});
export type GateVerdict = z.output<typeof gateVerdictSchema>;

export function parseGateReply(text: string): ParsedReply<GateVerdict> {
  return validate(text, gateVerdictSchema);
}

/** JSON Schema of an entry, for endpoints with json_schema structured output. */
export const ENTRY_JSON_SCHEMA: object = z.toJSONSchema(entrySchema, { io: "input", unrepresentable: "any" });
export const GATE_JSON_SCHEMA: object = z.toJSONSchema(gateVerdictSchema, {
  io: "input",
  unrepresentable: "any",
});
