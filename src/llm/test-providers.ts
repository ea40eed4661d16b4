import { errorMessage } from "../errors.ts";
import { type Reason, reasonOfError } from "../model/reasons.ts";
import { extractJson } from "./extract-json.ts";
import type { LlmProvider, ResponseFormat } from "./types.ts";

export interface ProviderCheck {
  id: string;
  model: string;
  ok: boolean;
  latencyMs: number;
  /** The JSON mode used: "json_schema", "json_object" or "none" (instructions only). */
  json: string;
  error?: string;
  /** Why it failed, as data (DNS, refused, TLS, auth, timeout …); absent when ok. */
  reason?: Reason;
}

const PING_SCHEMA = {
  type: "object",
  properties: { ok: { type: "boolean" } },
  required: ["ok"],
  additionalProperties: false,
};

/**
 * `daybrief llm test`: one tiny JSON request per provider, in parallel. ok means the endpoint
 * answered and the reply held {"ok": true} (so key, base URL, model and JSON mode all work).
 */
export async function testProviders(
  providers: LlmProvider[],
  options: { signal?: AbortSignal } = {},
): Promise<ProviderCheck[]> {
  return Promise.all(
    providers.map(async (provider): Promise<ProviderCheck> => {
      const format: ResponseFormat = provider.capabilities.jsonSchema
        ? "json_schema"
        : provider.capabilities.jsonObject
          ? "json_object"
          : "text";
      const json = format === "text" ? "none" : format;
      const started = Date.now();
      try {
        const reply = await provider.complete({
          messages: [
            {
              role: "system",
              content:
                'You are a connectivity check. Reply with the json object {"ok": true} and nothing else.',
            },
            { role: "user", content: "ping (answer in json)" },
          ],
          responseFormat: format,
          jsonSchema: PING_SCHEMA,
          schemaName: "ping",
          maxTokens: 20,
          temperature: 0,
          signal: options.signal,
        });
        const parsed = extractJson(reply.text);
        const ok = parsed.ok && (parsed.value as { ok?: unknown } | null)?.ok === true;
        return {
          id: provider.id,
          model: provider.model,
          ok,
          latencyMs: reply.latencyMs,
          json,
          ...(ok
            ? {}
            : {
                error: `unexpected reply: ${reply.text.slice(0, 120) || "(empty)"}`,
                reason: { key: "bad_reply" as const },
              }),
        };
      } catch (error) {
        return {
          id: provider.id,
          model: provider.model,
          ok: false,
          latencyMs: Date.now() - started,
          json,
          error: errorMessage(error),
          reason: reasonOfError(error),
        };
      }
    }),
  );
}
