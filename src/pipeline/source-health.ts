/**
 * Source health: a pure rule that flags sources (K failed fetches in a row; a feed that answers but
 * brought nothing new for N days although it used to), and the glue that raises each flag to a
 * channel once and says when it recovers, keeping the state in the store.
 */
import { errorMessage } from "../errors.ts";
import { reasonText } from "../model/reasons.ts";
import type { SourceAlertKind, SourceHealth, StoredAlert } from "../store/index.ts";
import { assessBridgeText } from "./bridge-text.ts";
import type { PipelineDeps } from "./deps.ts";

export interface SourceAlert {
  sourceId: string;
  sourceName: string;
  kind: SourceAlertKind;
  /** One Chinese footer line, e.g. "量子位：连续 3 次抓取失败（HTTP 500）". */
  message: string;
  /** The line without the source's name, e.g. "连续 3 次抓取失败（HTTP 500）" (stored for the recovery). */
  detail: string;
}

export interface AssessOptions {
  /** K: failed fetches in a row before a source is flagged (default 3). */
  failAfter?: number;
  /** N: days without a new article, while the feed answers, before it is flagged (default 3). */
  staleAfterDays?: number;
  now: Date;
  /** Only these sources (the enabled ones in the config); default: every enabled source in the store. */
  sourceIds?: readonly string[];
}

const DAY_MS = 86_400_000;

/**
 * "HTTP 500" when the last failure had a status, else the catalogue's short reason for its code
 * ("超时", "域名无法解析" …). Read from the stored columns; the message is never parsed.
 */
function failureReason(s: Pick<SourceHealth, "lastStatus" | "lastErrorCode">): string | undefined {
  if (s.lastStatus) return `HTTP ${s.lastStatus}`;
  return s.lastErrorCode ? reasonText(s.lastErrorCode) : undefined;
}

/**
 * Flags unhealthy sources. Pure: the store's health rows and `now` in, alerts out (in source order).
 * A failing source is not also called stale: the failure is the news.
 */
export function assessSourceHealth(health: readonly SourceHealth[], options: AssessOptions): SourceAlert[] {
  const failAfter = options.failAfter ?? 3;
  const staleMs = (options.staleAfterDays ?? 3) * DAY_MS;
  const now = options.now.getTime();
  const wanted = options.sourceIds ? new Set(options.sourceIds) : undefined;
  const alerts: SourceAlert[] = [];
  for (const s of health) {
    if (wanted ? !wanted.has(s.id) : !s.enabled) continue;
    if (s.consecutiveFailures >= failAfter) {
      const reason = failureReason(s);
      alerts.push(
        sourceAlert(s, "failing", `连续 ${s.consecutiveFailures} 次抓取失败${reason ? `（${reason}）` : ""}`),
      );
      continue;
    }
    // "Usually brings new items": it has brought some before, and it still answers now.
    if (s.itemsSeen <= 0 || !s.lastNewItemAt || !s.lastSuccessAt) continue;
    const sinceNew = now - Date.parse(s.lastNewItemAt);
    const sinceSuccess = now - Date.parse(s.lastSuccessAt);
    if (sinceNew >= staleMs && sinceSuccess < staleMs) {
      alerts.push(sourceAlert(s, "stale", `${Math.floor(sinceNew / DAY_MS)} 天没有新文章`));
    }
  }
  return alerts;
}

/** An alert of a source: its line is the source's name, then what is wrong. */
function sourceAlert(
  source: { id: string; name: string },
  kind: SourceAlertKind,
  detail: string,
): SourceAlert {
  return { sourceId: source.id, sourceName: source.name, kind, message: `${source.name}：${detail}`, detail };
}

const keyOf = (a: { sourceId: string; kind: SourceAlertKind }) => `${a.sourceId}\u0000${a.kind}`;

/** The one message sent for a batch of new alerts and recoveries. */
export function formatAlertText(
  raised: readonly SourceAlert[],
  recovered: readonly RecoveredAlert[],
): string {
  const lines = ["【daybrief 来源健康】"];
  for (const a of raised) lines.push(`⚠️ ${a.message}`);
  for (const r of recovered) lines.push(`✅ ${r.sourceName}：已恢复（此前：${r.detail ?? r.message}）`);
  return lines.join("\n");
}

export interface RecoveredAlert extends StoredAlert {
  sourceName: string;
}

export interface AlertOnSourceHealthOptions {
  /** The configured alert channel; without one, state is still kept but nothing is sent. */
  channelId?: string;
  /** Sends one text to the alert channel; a throw leaves the state unchanged, to try next run. */
  send: (text: string) => Promise<void>;
  failAfter?: number;
  staleAfterDays?: number;
}

export interface SourceHealthReport {
  /** Alerts newly raised by this call (sent, when a channel is configured). */
  raised: SourceAlert[];
  /** Alerts closed by this call. */
  recovered: RecoveredAlert[];
  /** Every current flag, for the briefing footer. */
  active: SourceAlert[];
  /** Set when sending failed (nothing was recorded then). */
  error?: string;
}

/**
 * Read → assess → send → record: new alerts and recoveries go out in one message, then the store
 * remembers them, so each is sent once. Never throws for a failed send: the run goes on.
 */
export async function alertOnSourceHealth(
  deps: Pick<PipelineDeps, "store" | "config" | "now" | "logger">,
  options: AlertOnSourceHealthOptions,
): Promise<SourceHealthReport> {
  const { store, config, logger } = deps;
  const at = deps.now();
  const health = await store.listSourceHealth();
  const sourceIds = new Set(config.sources.filter((s) => s.enabled).map((s) => s.id));
  const active = assessSourceHealth(health, {
    failAfter: options.failAfter,
    staleAfterDays: options.staleAfterDays,
    now: at,
    sourceIds: [...sourceIds],
  });
  for (const s of config.sources.filter((c) => c.enabled))
    active.push(...assessBridgeText(s, await store.listRecentTextFrom(s.id, 10)));
  const open = await store.openAlerts();
  const openKeys = new Set(open.map(keyOf));
  const activeKeys = new Set(active.map(keyOf));
  const names = new Map(health.map((s) => [s.id, s.name]));
  const raised = active.filter((a) => !openKeys.has(keyOf(a)));
  const closed = open.filter((a) => !activeKeys.has(keyOf(a)));
  // A source removed or disabled in the config did not recover: its alert is closed without a word.
  const dropped = closed.filter((a) => !sourceIds.has(a.sourceId));
  const recovered = closed
    .filter((a) => sourceIds.has(a.sourceId))
    .map((a) => ({ ...a, sourceName: names.get(a.sourceId) ?? a.sourceId }));
  for (const d of dropped) await store.recoverAlert({ sourceId: d.sourceId, kind: d.kind, at });
  if (raised.length === 0 && recovered.length === 0) return { raised, recovered, active };

  if (options.channelId) {
    try {
      await options.send(formatAlertText(raised, recovered));
    } catch (error) {
      const message = errorMessage(error);
      logger.warn({ channel: options.channelId, err: message }, "source alert not sent; will retry next run");
      return { raised: [], recovered: [], active, error: message };
    }
  }
  await store.transaction(async (tx) => {
    for (const a of raised)
      await tx.raiseAlert({ sourceId: a.sourceId, kind: a.kind, at, message: a.message, detail: a.detail });
    for (const r of recovered) await tx.recoverAlert({ sourceId: r.sourceId, kind: r.kind, at });
  });
  for (const a of raised) logger.warn({ source_id: a.sourceId, kind: a.kind }, a.message);
  for (const r of recovered) logger.info({ source_id: r.sourceId, kind: r.kind }, "source recovered");
  return { raised, recovered, active };
}
