import type { z } from "zod";
import type { ConfigIssue } from "../errors.ts";

const KNOWN_HINTS: Record<string, string> = {
  sources: "list feeds as `- name: 机器之心` + `url: https://…`",
  "sources.name": "give the source a display name, e.g. name: 机器之心",
  "sources.url": "the feed's address, e.g. https://example.com/feed.xml",
  "llm.providers.id": "a short name for the provider, e.g. id: deepseek",
  "channels.type": "one of feishu, dingtalk, wecom, telegram, slack, discord, email, webhook",
  "briefing.minStars": "a whole number from 1 to 5",
  "fetch.allowPrivate": "e.g. nas.local, nas.local:8080, 192.168.1.20, 192.168.1.20:8080 or 192.168.1.0/24",
};

/** Turns zod's issues into ours: a dotted path, a plain message and, where we know one, a fix. */
export function toConfigIssues(error: z.ZodError): ConfigIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      const moved = path === "" && issue.keys.includes("language");
      return {
        path,
        message: `unknown key(s): ${issue.keys.join(", ")}`,
        hint: moved
          ? "the briefing language is now llm.language (the offline analyser keeps the article's language)"
          : "check the spelling against `daybrief config schema`",
      };
    }
    const generic = path.replace(/\.\d+(?=\.|$)/g, "");
    return { path, message: plainMessage(issue), hint: KNOWN_HINTS[path] ?? KNOWN_HINTS[generic] };
  });
}

/** zod's wording, said the way a config author reads it. */
function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type" && /received undefined$/.test(issue.message)) {
    return `missing: this key is required (${issue.expected})`;
  }
  if (issue.code === "invalid_format" && issue.format === "url") return "not a valid http(s) URL";
  if (issue.code === "invalid_value" && "values" in issue) {
    return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
  }
  return issue.message;
}
