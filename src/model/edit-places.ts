// Where an edit applies (a bullet of a section, a resource) and what its value means: the
// places of curation.ts, shared by the review page, the API and the publish step.
import type { BulletSection, EditValue } from "./curation.ts";
import type { Entry, Resource } from "./entry.ts";

const SECTION_WORDS: Record<BulletSection, string> = {
  core: "核心技术",
  results: "实验数据",
  insights: "独家洞察",
};

/** "core.1" → { section: "core", index: 1 }; undefined for anything else. */
export function parseBulletTarget(
  target: string | undefined,
): { section: BulletSection; index: number } | undefined {
  const m = /^(core|results|insights)\.(\d{1,3})$/.exec(target ?? "");
  return m ? { section: m[1] as BulletSection, index: Number(m[2]) } : undefined;
}

/**
 * The label an added bullet is published with when the editor gives none: its section's name, as
 * the analysis labels its bullets (so every bullet of a section carries one).
 */
export function sectionLabelOf(section: BulletSection): string {
  return SECTION_WORDS[section];
}

/** A bullet edit's value: text, or [label, text] when the editor named it; undefined for anything else. */
export function bulletValueOf(value: EditValue): { text: string; label?: string } | undefined {
  if (typeof value === "string") return { text: value };
  if (!Array.isArray(value) || value.length !== 2) return undefined;
  const [label, text] = value.map(String) as [string, string];
  return label.trim() ? { label: label.trim(), text } : { text };
}

/** How many places past the draft's own an editor may add per section (bullets) or entry (resources). */
export const MAX_ADDED = 20;

/** "resources.1" → 1; undefined for anything else. */
export function parseResourceTarget(target: string | undefined): number | undefined {
  const m = /^resources\.(\d{1,3})$/.exec(target ?? "");
  return m ? Number(m[1]) : undefined;
}

/** A resource edit's value as a resource: [label, url] with an http(s) URL; undefined for [] (none). */
export function resourceOf(value: EditValue): Resource | undefined {
  if (!Array.isArray(value) || value.length !== 2) return undefined;
  const [label, url] = value.map(String) as [string, string];
  return label.trim() && /^https?:\/\/\S+$/i.test(url.trim())
    ? { label: label.trim(), url: url.trim() }
    : undefined;
}

/** A field in words, for the 编辑添加 note and the review page: "标题", "摘要", "核心技术第 2 条". */
export function describeEditWhere(where: string): string {
  if (where === "title") return "标题";
  if (where === "summary") return "摘要";
  const resource = parseResourceTarget(where);
  if (resource !== undefined) return `相关资源第 ${resource + 1} 条`;
  const bullet = parseBulletTarget(where);
  return bullet ? `${SECTION_WORDS[bullet.section]}第 ${bullet.index + 1} 条` : where;
}

/**
 * The draft's text at a place: "" for a bullet the editor may add (past the draft's, within
 * MAX_ADDED), undefined for no such place.
 */
export function textOf(entry: Entry, where: string): string | undefined {
  if (where === "title") return entry.title;
  if (where === "summary") return entry.summary;
  const b = parseBulletTarget(where);
  if (!b) return undefined;
  const bullets = entry[b.section].bullets;
  return b.index < bullets.length
    ? bullets[b.index]!.text
    : b.index < bullets.length + MAX_ADDED
      ? ""
      : undefined;
}
