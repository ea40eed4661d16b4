import type { z } from "zod";
import type { ConfigIssue } from "../errors.ts";

const KNOWN_HINTS: Record<string, string> = {
  sources: "list feeds as `- name: 机器之心` + `url: https://…`",
  timezone: "an IANA zone such as Asia/Shanghai",
  "briefing.minStars": "a whole number from 1 to 5",
};

/** Turns zod's issues into ours: a dotted path, a plain message and, where we know one, a fix. */
export function toConfigIssues(error: z.ZodError): ConfigIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      return {
        path,
        message: `unknown key(s): ${issue.keys.join(", ")}`,
        hint: "check the spelling against `daybrief config schema`",
      };
    }
    const generic = path.replace(/\.\d+(?=\.|$)/g, "");
    return { path, message: issue.message, hint: KNOWN_HINTS[path] ?? KNOWN_HINTS[generic] };
  });
}
