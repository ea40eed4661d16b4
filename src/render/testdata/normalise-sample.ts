/**
 * Applies to the hand-written reference digest exactly the normalisations our renderer makes where
 * the sample wobbles, so that the golden test can compare the two line by line. Each rule below is
 * one decision; the renderer's layout comment (render-markdown.ts) states the same rules from the
 * other side.
 *
 *  1. Cut after the last `---` line: everything after the last entry is ours (the footer).
 *  2. `###  N.  [` (double spaces) → `### N. [`.
 *  3. `#### 🔗相关资源` (no space after the emoji) → `#### 🔗 相关资源`, same for the other icons.
 *  4. Exactly one blank line after every `####` heading.
 *  5. Bullet markers `*   `, `* `, `-   `, `- ` and numbered items `1. ` → `- `; any indented item
 *     becomes a child indented by two spaces (`  - `). One nesting level only.
 *  6. A standalone bold line followed by a list (`**核心改进方案（…）：**` + `1. …`) becomes that
 *     list's parent bullet: `- **核心改进方案（…）**：` (the colon moves out of the bold, like every
 *     other label) with the numbered items as its children; blank lines between it and the
 *     preceding list are dropped, so the section stays one list.
 *  7. A lead paragraph directly followed by a list gets one blank line between them.
 *  8. Bullet labels outside 相关资源 end with a full-width colon and no space: `**标签**: x` →
 *     `**标签**：x` (the sample mixes both; `- **label**：text` is the documented form).
 *  9. Resource lines: the colon after the label is ASCII + space (`- **label**: …`, the sample
 *     mixes `：`); `[url](url)` → bare url; `[title](url)` → `url — title` (the one resource style,
 *     model/briefing-wording.ts resourceTitleNote: the title only when it says more than the URL); text around the first link is
 *     dropped (`Anthropic [Claude Code](…)` → `[Claude Code](…)`); a resource line with no http(s)
 *     URL at all is dropped, because the model's Resource requires a URL; a 相关资源 section left
 *     empty reads `- 原文未提供`, like any empty section.
 */
import { resourceTitleNote } from "../../model/briefing-wording.ts";

export function normaliseSample(md: string): string {
  const all = md.replace(/\r\n/g, "\n").split("\n");
  let last = all.length - 1;
  while (last >= 0 && all[last] !== "---") last--;
  const input = last >= 0 ? all.slice(0, last + 1) : all;

  const out: string[] = [];
  let inResources = false;
  let resourceLines = 0;
  /** Set after a bold line turned parent bullet: its list's top-level items become children. */
  let promoting = false;
  const isListLine = (line: string) => /^\s*-\s/.test(line);
  const lastOut = () => out[out.length - 1];

  const closeResources = () => {
    if (inResources && resourceLines === 0) {
      while (lastOut() === "") out.pop();
      out.push("", "- 原文未提供", "");
    }
  };

  for (let i = 0; i < input.length; i++) {
    let line = input[i] ?? "";

    const entryHeading = /^###\s+(\d+)\.\s+(.*)$/.exec(line);
    if (entryHeading) {
      out.push(`### ${entryHeading[1]}. ${entryHeading[2]}`);
      continue;
    }

    const sectionHeading = /^####\s+(🔹|📊|💡|🔗)\s*(.*)$/u.exec(line);
    if (sectionHeading || line === "---") {
      closeResources();
      // Rule 8/9 apply by section; rule 4: one blank line after the heading.
      inResources = sectionHeading?.[1] === "🔗";
      resourceLines = 0;
      promoting = false;
      if (!sectionHeading) {
        out.push(line);
        continue;
      }
      out.push(`#### ${sectionHeading[1]} ${sectionHeading[2]}`, "");
      while ((input[i + 1] ?? "x") === "") i++;
      continue;
    }

    // Rule 6: a standalone bold line introducing a list.
    const boldLine = /^\*\*([^*]+?)[:：]?\*\*[:：]?$/.exec(line);
    if (boldLine && isListItem(input, i + 1)) {
      while (lastOut() === "" && out.length > 1 && isListLine(out[out.length - 2] ?? "")) out.pop();
      out.push(`- **${boldLine[1]}**：`);
      promoting = true;
      continue;
    }

    const item = /^(\s*)(?:[*-]|\d+\.)\s+(.*)$/.exec(line);
    if (item) {
      const child = (item[1] ?? "").length > 0 || promoting;
      let text = item[2] ?? "";
      if (inResources) {
        const resource = normaliseResource(text);
        if (resource === undefined) continue;
        text = resource;
        resourceLines++;
      } else {
        text = text.replace(/^\*\*(.+?)\*\*\s*[:：]\s*/, "**$1**：");
      }
      line = `${child ? "  " : ""}- ${text}`;
      // Rule 7: a lead paragraph followed directly by a list.
      const prev = lastOut();
      if (prev !== undefined && prev !== "" && !isListLine(prev) && !prev.startsWith("#")) out.push("");
      out.push(line);
      continue;
    }

    if (line === "") promoting = false;
    out.push(line);
  }
  closeResources();
  return `${out.join("\n")}\n`;
}

function isListItem(lines: string[], index: number): boolean {
  return /^\s*(?:[*-]|\d+\.)\s+/.test(lines[index] ?? "");
}

/** Rule 9: `**label**: …` → `**label**: url` / `**label**: [title](url)`; undefined when no URL. */
function normaliseResource(text: string): string | undefined {
  const labelled = /^\*\*(.+?)\*\*\s*[:：]\s*(.*)$/.exec(text);
  if (!labelled) return undefined;
  const [, label, rest = ""] = labelled;
  const link = /\[([^\]]*)\]\((https?:\/\/[^)\s]+)\)/.exec(rest);
  if (link) {
    const [, title, url] = link;
    const note = title === url ? undefined : resourceTitleNote({ url: url!, title });
    return note ? `**${label}**: ${url} — ${note}` : `**${label}**: ${url}`;
  }
  const bare = /https?:\/\/\S+/.exec(rest);
  return bare ? `**${label}**: ${bare[0]}` : undefined;
}
