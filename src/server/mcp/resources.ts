import { type McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { getBriefing, getEntry, listBriefings } from "../../queries/index.ts";
import { renderMarkdown } from "../../render/index.ts";
import type { ServerDeps } from "../api/deps.ts";
import { formatEntry } from "./format.ts";
import { untrustedResourceText } from "./untrusted.ts";

/** briefing://YYYY-MM-DD (the day's Markdown, as published) and entry://ID (the entry with its claims). */
export function addResources(server: McpServer, deps: ServerDeps): void {
  const ctx = deps.query;
  server.registerResource(
    "briefing",
    new ResourceTemplate("briefing://{date}", {
      list: async () => ({
        resources: (await listBriefings(ctx, { limit: 30 })).map((b) => ({
          uri: `briefing://${b.date}`,
          name: `AI 每日情报 ${b.date}`,
          description: `${b.entries} 条 (entries)${b.top ? `; 头条 (top): ${b.top.title}` : ""}`,
          mimeType: "text/markdown",
        })),
      }),
    }),
    {
      title: "某日日报 Markdown (a day's briefing as Markdown)",
      description:
        "已发布的日报全文，Markdown，放在不可信数据围栏内。 The published briefing of a day, as Markdown, fenced as untrusted third-party data.",
      mimeType: "text/markdown",
    },
    async (uri, variables) => {
      const date = String(variables.date);
      const briefing = /^\d{4}-\d{2}-\d{2}$/.test(date) ? await getBriefing(ctx, date) : undefined;
      if (!briefing) throw new Error(`${date} 没有日报 (no briefing for ${date})`);
      return {
        contents: [
          { uri: uri.href, mimeType: "text/markdown", text: untrustedResourceText(renderMarkdown(briefing)) },
        ],
      };
    },
  );
  server.registerResource(
    "entry",
    new ResourceTemplate("entry://{id}", { list: undefined }),
    {
      title: "条目与核验 (an entry with its verified claims)",
      description:
        "一条条目及其说法的核验与证据，放在不可信数据围栏内。 One entry with each claim's verification and evidence, fenced as untrusted third-party data.",
      mimeType: "text/plain",
    },
    async (uri, variables) => {
      const detail = await getEntry(ctx, String(variables.id));
      if (!detail) throw new Error(`没有条目 ${variables.id} (no entry ${variables.id})`);
      return {
        contents: [
          { uri: uri.href, mimeType: "text/plain", text: untrustedResourceText(formatEntry(detail)) },
        ],
      };
    },
  );
}
