import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { redactPatterns } from "../../model/redact.ts";
import {
  comparePeriods,
  getBriefing,
  getEntry,
  getStoryTimeline,
  getTrends,
  listSources,
  MAX_SEARCH_LIMIT,
  previousPeriod,
  searchEntries,
} from "../../queries/index.ts";
import { addDays, dayOf } from "../../time.ts";
import type { ServerDeps } from "../api/deps.ts";
import {
  formatBriefing,
  formatComparison,
  formatEntry,
  formatSearch,
  formatSourceHealth,
  formatSources,
  formatTimeline,
  formatTrends,
} from "./format.ts";
import { toolError } from "./results.ts";
import { UNTRUSTED_NOTE, untrustedResult } from "./untrusted.ts";

const day = z.iso.date().describe("YYYY-MM-DD");
const entryId = z
  .string()
  .regex(/^[1-9]\d{0,15}$/)
  .describe('条目 id，如 search_entries 结果中的 [#42] → "42" (entry id)');
const READ_ONLY = { readOnlyHint: true, openWorldHint: false } as const;

/**
 * The read tools: every one calls the query layer and answers compact text, fenced as untrusted
 * third-party data (untrusted.ts): article text is quoted to the model, never handed to it as ours.
 */
export function addReadTools(server: McpServer, deps: ServerDeps): void {
  const ctx = deps.query;
  const redact = deps.redact ?? redactPatterns;
  const today = () => dayOf(deps.now(), ctx.config.timezone);

  server.registerTool(
    "search_entries",
    {
      title: "搜索条目 (search entries)",
      description:
        "在日报存档中全文搜索条目与文章，按相关度和时间排序；返回条目 id、日期、★、机构、标题、原文链接和片段。" +
        " Full-text search of the archive's entries and articles, best first; returns ids, dates, stars, org, title, article URL and a snippet." +
        UNTRUSTED_NOTE,
      inputSchema: {
        query: z.string().min(1).max(200).describe('搜索词，中英文皆可，如 "Qwen 开源" (words to search)'),
        from: day.optional().describe("起始日 (first day, inclusive)"),
        to: day.optional().describe("结束日 (last day, inclusive)"),
        org: z.string().optional().describe("机构，部分匹配 (org, part of the name)"),
        tag: z.string().optional().describe("标签 (one tag)"),
        source: z.string().optional().describe("信息源 id (source id, see list_sources)"),
        minStars: z.int().min(1).max(5).optional().describe("最低 ★ (minimum stars)"),
        limit: z.int().min(1).max(20).default(8).describe("条数 (hits, default 8)"),
        offset: z
          .int()
          .min(0)
          .max(MAX_SEARCH_LIMIT - 1)
          .default(0)
          .describe("跳过前几条，用于翻页 (skip, for paging)"),
      },
      annotations: READ_ONLY,
    },
    async (a) => {
      const result = await searchEntries(
        ctx.store,
        {
          query: a.query,
          from: a.from,
          to: a.to,
          org: a.org,
          tag: a.tag,
          sourceId: a.source,
          minStars: a.minStars,
          limit: Math.min(MAX_SEARCH_LIMIT, a.offset + a.limit),
        },
        { timeZone: ctx.config.timezone, now: deps.now(), readers: ctx },
      );
      return untrustedResult(formatSearch({ ...result, hits: result.hits.slice(a.offset) }, a.offset));
    },
  );

  server.registerTool(
    "get_briefing",
    {
      title: "某日日报 (a day's briefing)",
      description:
        "读取某天已发布的日报：每条的 id、★、机构、标题、链接（可含一句话摘要与未核实提示）。不填日期则为今天。" +
        " A published day's briefing: each entry's id, stars, org, title, URL (and its summary, with unverified-claim notes). Default: today." +
        UNTRUSTED_NOTE,
      inputSchema: {
        date: day.optional().describe("日期，默认今天 (the day; default today)"),
        detail: z
          .enum(["titles", "summaries"])
          .default("summaries")
          .describe("titles: 仅标题 (titles only); summaries: 含摘要"),
      },
      annotations: READ_ONLY,
    },
    async (a) => {
      const date = a.date ?? today();
      const briefing = await getBriefing(ctx, date);
      if (!briefing) return toolError(`${date} 没有日报 (no briefing published for ${date})`);
      return untrustedResult(formatBriefing(briefing, a.detail));
    },
  );

  server.registerTool(
    "get_entry",
    {
      title: "条目详情与核验 (an entry with its verified claims)",
      description:
        "一条条目的全部内容：摘要、各节要点、资源链接，以及每个说法（数字、名称、链接）的核验状态与原文证据句；未核实的说法会标明。" +
        " One entry in full: summary, sections, resources, and each claim (figures, names, links) with its verification status and the article sentence it rests on; unverified claims are marked." +
        UNTRUSTED_NOTE,
      inputSchema: { id: entryId },
      annotations: READ_ONLY,
    },
    async (a) => {
      const detail = await getEntry(ctx, a.id);
      return detail
        ? untrustedResult(formatEntry(detail))
        : toolError(`没有条目 #${a.id} (no entry ${a.id})`);
    },
  );

  server.registerTool(
    "list_sources",
    {
      title: "信息源列表 (sources)",
      description:
        "所有信息源及其抓取状态（ok / failing / never-fetched / disabled）、连续失败次数、最近 7 天每日文章数。" +
        " Every source with its fetch state, consecutive failures and items per day over the last 7 days." +
        UNTRUSTED_NOTE,
      inputSchema: {},
      annotations: READ_ONLY,
    },
    async () => untrustedResult(formatSources(await listSources(ctx, { now: deps.now() }), redact)),
  );

  server.registerTool(
    "source_health",
    {
      title: "信息源健康详情 (one source's health)",
      description:
        "一个信息源的健康详情：最近错误、告警历史、每日文章数（默认 14 天）。 One source's health: last error, alert history, items per day (14 days by default)." +
        UNTRUSTED_NOTE,
      inputSchema: {
        source: z.string().describe("信息源 id (source id, see list_sources)"),
        days: z.int().min(1).max(60).default(14).describe("天数 (days of history)"),
      },
      annotations: READ_ONLY,
    },
    async (a) => {
      const sources = await listSources(ctx, { now: deps.now(), days: a.days, alerts: 10 });
      const source = sources.find((s) => s.id === a.source);
      if (!source)
        return toolError(
          `没有信息源 ${a.source} (no source ${a.source}); ids: ${sources.map((s) => s.id).join(", ")}`,
        );
      return untrustedResult(formatSourceHealth(source, redact));
    },
  );

  server.registerTool(
    "trending",
    {
      title: "趋势 (trending tags / orgs)",
      description:
        "一段时间内已发布条目最多的标签或机构，与上一等长时段对比，列出上升最快者，并各附代表条目。默认最近 7 天。" +
        " Tags or orgs with the most published entries over a period, against the period before, with top movers and example entries. Default: the last 7 days." +
        UNTRUSTED_NOTE,
      inputSchema: {
        by: z.enum(["tag", "org"]).default("tag").describe("tag: 标签; org: 机构"),
        from: day.optional().describe("起始日 (first day)"),
        to: day.optional().describe("结束日，默认今天 (last day, default today)"),
        limit: z.int().min(1).max(30).default(10).describe("条数 (items)"),
      },
      annotations: READ_ONLY,
    },
    async (a) => {
      const to = a.to ?? today();
      const from = a.from ?? addDays(to, -6);
      return untrustedResult(formatTrends(await getTrends(ctx, { by: a.by, from, to, limit: a.limit })));
    },
  );

  server.registerTool(
    "story_timeline",
    {
      title: "故事时间线 (one story across days)",
      description:
        "从一个条目出发，沿“跟进”关系列出同一故事在各天的条目（首发、后续），每步附同题报道数。" +
        " One story across days from any of its entries: the first report and each follow-up, with how many outlets covered each step." +
        UNTRUSTED_NOTE,
      inputSchema: { id: entryId },
      annotations: READ_ONLY,
    },
    async (a) => {
      const timeline = await getStoryTimeline(ctx, a.id);
      return timeline
        ? untrustedResult(formatTimeline(timeline))
        : toolError(`没有条目 #${a.id} (no entry ${a.id})`);
    },
  );

  server.registerTool(
    "compare_periods",
    {
      title: "两段时间对比 (compare two periods)",
      description:
        "对比两段时间（如本周与上周）：条目数、平均 ★、代表条目、变化最大的标签或机构。不填则为最近 7 天 (B) 对比之前 7 天 (A)。" +
        " Two periods side by side (e.g. this week and last): entries, mean stars, top entries, and the tags or orgs that changed most. Default: the last 7 days (B) against the 7 before (A)." +
        UNTRUSTED_NOTE,
      inputSchema: {
        aFrom: day.optional().describe("A 起始日 (period A first day)"),
        aTo: day.optional().describe("A 结束日 (period A last day)"),
        bFrom: day.optional().describe("B 起始日 (period B first day)"),
        bTo: day.optional().describe("B 结束日 (period B last day)"),
        by: z.enum(["tag", "org"]).default("tag"),
      },
      annotations: READ_ONLY,
    },
    async (a) => {
      const bTo = a.bTo ?? today();
      const b = { from: a.bFrom ?? addDays(bTo, -6), to: bTo };
      const before = previousPeriod(b);
      const aPeriod = { from: a.aFrom ?? before.from, to: a.aTo ?? before.to };
      return untrustedResult(formatComparison(await comparePeriods(ctx, { a: aPeriod, b, by: a.by })));
    },
  );
}
