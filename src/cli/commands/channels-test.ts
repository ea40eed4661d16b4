import { createChannel, sendTestMessage } from "../../deliver/index.ts";
import { UsageError } from "../../errors.ts";
import { createHttp } from "../../http/index.ts";
import { formatBriefingHeading } from "../../model/briefing-wording.ts";
import { describeReason } from "../../model/reasons.ts";
import { dayOf, formatDateTime } from "../../time.ts";
import { type CliContext, print } from "../context.ts";
import { EXIT } from "../handle-error.ts";
import { langOfContext, messagesOf } from "../i18n.ts";
import { loadCliConfig } from "../load.ts";
import { buildRedactor } from "../redactor.ts";

/**
 * `daybrief channels test [id]`: one short message to each configured channel (or the one named)
 * through its own adapter, and one line each with what the platform answered: its HTTP status and
 * body, or why it failed (from the reasons catalogue) with the redacted detail. Exit 1 when any
 * failed.
 */
export async function channelsTestCommand(
  ctx: CliContext,
  id: string | undefined,
  options: { config?: string },
): Promise<number> {
  const t = messagesOf(ctx);
  const lang = langOfContext(ctx);
  const config = loadCliConfig(ctx, options.config);
  if (config.channels.length === 0) throw new UsageError(t("channels.none"));
  const chosen = id === undefined ? config.channels : config.channels.filter((c) => c.id === id);
  if (chosen.length === 0) {
    throw new UsageError(t("channels.unknown", { id, ids: config.channels.map((c) => c.id).join(", ") }));
  }
  const redact = buildRedactor(config, ctx.env);
  const http = createHttp({
    fetch: ctx.fetch,
    timeoutMs: config.fetch.timeoutMs,
    retries: 0,
    userAgent: config.fetch.userAgent,
    allowPrivate: config.fetch.allowPrivate,
    now: ctx.now,
  });
  const now = ctx.now();
  const text = t("channels.message", { time: formatDateTime(now, config.timezone) });
  const date = dayOf(now, config.timezone);
  let failed = 0;
  try {
    for (const c of chosen) {
      const result = await sendTestMessage(createChannel(c), text, {
        fetch: http.fetch,
        now: ctx.now,
        signal: ctx.signal,
        date,
        heading: formatBriefingHeading(config.briefing.title, date),
      });
      const status = result.status === undefined ? "" : `HTTP ${result.status} `;
      const base = { id: result.id, type: result.type, ms: result.latencyMs };
      if (result.ok) {
        const answer =
          result.status === undefined
            ? t("channels.accepted")
            : t("channels.answered", {
                answer: `${status}${result.answer?.trim() || t("channels.noAnswer")}`,
              });
        print(ctx.stdout, redact(t("channels.ok", { ...base, answer })));
      } else {
        failed++;
        const reason = describeReason(result.reason ?? { key: "unknown" }, lang);
        // The channel's error already quotes the platform's answer; without one, the answer itself.
        const detail = result.error ?? (result.answer ? `${status}${result.answer.trim()}` : "");
        print(
          ctx.stdout,
          redact(t("channels.fail", { ...base, reason, detail: detail ? ` — ${detail}` : "" })),
        );
      }
    }
  } finally {
    http.close();
  }
  return failed > 0 ? EXIT.failed : EXIT.ok;
}
