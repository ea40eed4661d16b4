import { UsageError } from "../../errors.ts";
import { createHttp } from "../../http/index.ts";
import { createProvidersFromConfig, type LlmProvider, testProviders } from "../../llm/index.ts";
import { describeReason } from "../../model/reasons.ts";
import { type CliContext, print } from "../context.ts";
import { EXIT } from "../handle-error.ts";
import { langOfContext, messagesOf } from "../i18n.ts";
import { loadCliConfig } from "../load.ts";
import { buildRedactor } from "../redactor.ts";

/**
 * `daybrief llm test`: one tiny request per configured provider; one line each; keys never
 * printed. A failure leads with its reason from the catalogue (域名无法解析 · E_DNS, 连接被拒绝 ·
 * E_CONN_REFUSED, TLS, 鉴权失败 · HTTP 401, 超时 …) and ends with the provider's (redacted) detail.
 */
export async function llmTestCommand(ctx: CliContext, options: { config?: string }): Promise<number> {
  const t = messagesOf(ctx);
  const lang = langOfContext(ctx);
  const config = loadCliConfig(ctx, options.config);
  if (!config.llm) throw new UsageError(t("llm.noSection"));
  const http = createHttp({ fetch: ctx.fetch, now: ctx.now });
  const { chain, gate } = createProvidersFromConfig(config.llm, { fetch: http.fetch, env: ctx.env });
  const providers: LlmProvider[] = [...chain];
  if (gate && !providers.includes(gate.provider)) providers.push(gate.provider);
  const results = await testProviders(providers, { signal: ctx.signal });
  // A provider's error may quote the key back (OpenAI's 401 does): never print it.
  const redact = buildRedactor(config, ctx.env);
  for (const r of results) {
    const status = (r.ok ? t("llm.ok") : t("llm.fail")).padEnd(4);
    const why = r.reason ? `  ${describeReason(r.reason, lang)}` : "";
    print(
      ctx.stdout,
      `${status} ${r.id.padEnd(12)} ${r.model.padEnd(28)} json:${r.json.padEnd(11)} ${String(r.latencyMs).padStart(6)} ms${why}${r.error ? ` — ${redact(r.error)}` : ""}`,
    );
  }
  http.close();
  return results.every((r) => r.ok) ? EXIT.ok : EXIT.failed;
}
