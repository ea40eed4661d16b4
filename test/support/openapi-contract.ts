/**
 * Checks a response against the OpenAPI document the API serves (for the contract test): finds the
 * operation by method and path template, the response by status and media type, and validates the
 * body with the document's own JSON Schema (refs inlined; objects closed, so an undocumented field
 * fails too).
 */
import { z } from "zod";

type Json = Record<string, unknown>;

interface OpenApiDoc {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: Json }> }> }>
  >;
  components?: { schemas?: Record<string, Json> };
}

function inline(schema: unknown, components: Record<string, Json>, depth = 0): unknown {
  if (depth > 40) throw new Error("schema nesting too deep (a recursive $ref?)");
  if (Array.isArray(schema)) return schema.map((s) => inline(s, components, depth + 1));
  if (typeof schema !== "object" || schema === null) return schema;
  const s = schema as Json;
  if (typeof s.$ref === "string") {
    const name = s.$ref.replace("#/components/schemas/", "");
    const target = components[name];
    if (!target) throw new Error(`unresolved ${s.$ref}`);
    return inline(target, components, depth + 1);
  }
  const out: Json = {};
  for (const [k, v] of Object.entries(s))
    out[k] =
      k === "properties" ? inlineProps(v as Json, components, depth) : inline(v, components, depth + 1);
  if (out.type === "object" && out.properties && out.additionalProperties === undefined)
    out.additionalProperties = false;
  return out;
}

function inlineProps(props: Json, components: Record<string, Json>, depth: number): Json {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, inline(v, components, depth + 1)]));
}

/** The operation of `doc` matching a concrete request path (e.g. /briefings/2026-02-04 → /briefings/{date}). */
export function operationPath(doc: OpenApiDoc, path: string): string | undefined {
  return Object.keys(doc.paths).find((template) =>
    new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`).test(path),
  );
}

/** Problems with `body` as the response of `method path` with `status` and `mediaType`; empty when it conforms. */
export function checkResponse(
  doc: OpenApiDoc,
  request: { method: string; path: string },
  response: { status: number; mediaType: string; body: unknown },
): string[] {
  const template = operationPath(doc, request.path);
  if (!template) return [`no operation for ${request.path}`];
  const op = doc.paths[template]![request.method.toLowerCase()];
  if (!op) return [`no ${request.method} for ${template}`];
  const declared = op.responses[String(response.status)];
  if (!declared) return [`${request.method} ${template}: status ${response.status} not documented`];
  if (!declared.content)
    return response.body === undefined ? [] : [`${response.status} has no documented body`];
  const media = declared.content[response.mediaType];
  if (!media)
    return [`${request.method} ${template} ${response.status}: ${response.mediaType} not documented`];
  const schema = z.fromJSONSchema(inline(media.schema, doc.components?.schemas ?? {}) as never);
  const result = schema.safeParse(response.body);
  return result.success
    ? []
    : result.error.issues.map(
        (i) => `${request.method} ${request.path} ${response.status}: ${i.path.join(".")}: ${i.message}`,
      );
}
