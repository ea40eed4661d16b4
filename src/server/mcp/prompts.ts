import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { addDays, dayOf } from "../../time.ts";
import type { ServerDeps } from "../api/deps.ts";

const CITE =
  "引用时写明条目 id（如 #42）和原文链接；工具标为“未核实”的说法要照样标明，不要当作事实。" +
  " Cite entry ids and article URLs; say so when a claim is marked unverified.";

/** One user message: what a prompt hands the model. */
function userPrompt(text: string) {
  return { messages: [{ role: "user" as const, content: { type: "text" as const, text } }] };
}

/** Two prompts: the week in review (本周 AI 要闻回顾) and what happened with one topic. */
export function addPrompts(server: McpServer, deps: ServerDeps): void {
  const today = () => dayOf(deps.now(), deps.query.config.timezone);
  server.registerPrompt(
    "weekly_review",
    {
      title: "本周 AI 要闻回顾 (the week in AI)",
      description: "用本周日报写一份要闻回顾。 A review of the week's AI news from the briefings.",
      argsSchema: {
        to: z
          .string()
          .optional()
          .describe("本周最后一天 YYYY-MM-DD，默认今天 (last day of the week, default today)"),
        focus: z.string().optional().describe('关注方向，如 "开源模型" (optional focus)'),
      },
    },
    ({ to, focus }) => {
      const end = to && /^\d{4}-\d{2}-\d{2}$/.test(to) ? to : today();
      const start = addDays(end, -6);
      return userPrompt(
        `请回顾 ${start} 至 ${end} 的 AI 要闻${focus ? `，重点关注「${focus}」` : ""}。\n` +
          `1. 调用 trending（by=tag 和 by=org，from=${start}, to=${end}）找出本周主题与上升最快者；\n` +
          "2. 调用 compare_periods 与上周对比；\n" +
          `3. 对最重要的 5–8 条用 get_entry 查看核验与证据，必要时用 story_timeline 看来龙去脉；\n` +
          "4. 写成中文回顾：本周主线、重要发布、值得关注的数据、下周看点。\n" +
          CITE,
      );
    },
  );
  server.registerPrompt(
    "topic_update",
    {
      title: "某主题近况 (what happened with a topic)",
      description:
        "某个主题（公司、模型、技术）最近发生了什么。 What happened lately with one company, model or technique.",
      argsSchema: {
        topic: z.string().describe("主题，如 Qwen、具身智能 (the topic)"),
        days: z.string().optional().describe("最近几天，默认 7 (days back, default 7)"),
      },
    },
    ({ topic, days }) => {
      const n = Math.min(366, Math.max(1, Number.parseInt(days ?? "7", 10) || 7));
      const end = today();
      return userPrompt(
        `「${topic}」最近 ${n} 天（${addDays(end, -(n - 1))} 至 ${end}）发生了什么？\n` +
          `先用 search_entries（query="${topic}", from=${addDays(end, -(n - 1))}）找条目，再用 get_entry 和 story_timeline 核对细节，按时间顺序用中文总结。\n` +
          CITE,
      );
    },
  );
}
