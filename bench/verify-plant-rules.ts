// The planting rules of the planted set (verify-planted.ts): each plants one error an LLM makes
// into an entry, by a fixed rule (no tuning per article), and says what must not be published.
import { createHash } from "node:crypto";
import type { ArticleLink } from "../src/model/article.ts";
import type { Bullet, Entry } from "../src/model/entry.ts";
import { findNameUses } from "../src/model/news-actor.ts";
import { findOrgs, ORG_ALIASES, resolveOrg } from "../src/model/org-aliases.ts";
import { articleQualifiers } from "../src/verify/check-qualifiers.ts";
import { findFigures } from "../src/verify/index.ts";
import {
  plantFlippedComparison,
  plantPlanAsDone,
  plantSwappedFigure,
  plantTargetAsResult,
  plantWrongCount,
} from "./verify-plant-facts.ts";
import { FLIPPABLE, FLIPS, NAME_TOKEN, ON_BENCHMARK, siblingsOf, UNIT_SWAPS } from "./verify-plant-words.ts";

export const KINDS = [
  "wrong-repo",
  "wrong-arxiv",
  "shifted-figure",
  "invented-figure",
  "wrong-org",
  "wrong-unit",
  "inflated-stars",
  "moved-figure",
  "flipped-direction",
  "inflated-qualifier",
  "sibling-name",
  "invented-status",
  "invented-name",
  "invented-quote",
  "swapped-figure",
  "flipped-comparison",
  "plan-as-done",
  "wrong-count",
  "target-as-result",
] as const;
export type PlantKind = (typeof KINDS)[number];

export interface SetArticle {
  id: string;
  publisher: string;
  title: string;
  text: string;
  html?: string;
  links: ArticleLink[];
}

export interface Plant {
  kind: PlantKind;
  /** What must not be published: a URL, a figure as written, an org, "★5". */
  value: string;
  /**
   * moved-figure: the benchmark the figure was moved to; flipped-direction: the flipped verb;
   * sibling-name: the sibling name the figure was given (published only with the figure after it);
   * swapped-figure: the words before the figure; flipped-comparison: the verb it was turned to
   * (published only with the rival after it).
   */
  context?: string;
}

/** A small deterministic number from a string (which variant of a rule to use). */
export const pick = (s: string, n: number) => createHash("md5").update(s).digest().readUInt32BE(0) % n;

export type Where = { bullets: Bullet[]; i: number } | { summary: true };

/** Entry texts that may carry a figure, results first. */
function figureSlots(entry: Entry): Array<{ text: string; where: Where }> {
  const slots: Array<{ text: string; where: Where }> = [];
  for (const section of [entry.results, entry.core, entry.insights])
    for (const [i, b] of section.bullets.entries())
      slots.push({ text: b.text, where: { bullets: section.bullets, i } });
  slots.push({ text: entry.summary, where: { summary: true } });
  return slots;
}

function setText(entry: Entry, where: Where, text: string): void {
  if ("summary" in where) entry.summary = text;
  else where.bullets[where.i] = { ...where.bullets[where.i]!, text };
}

/** Plants one error of `kind` into `entry` (mutated); undefined when the rule does not apply. */
export function plant(kind: PlantKind, entry: Entry, a: SetArticle): Plant | undefined {
  const slug = a.id.replace(/[^a-z0-9]+/gi, "-").toLowerCase();
  switch (kind) {
    case "wrong-repo": {
      const repo = entry.resources.find((r) => r.url.startsWith("https://github.com/"));
      if (repo) {
        const url = repo.url.replace(
          /^https:\/\/github\.com\/([^/]+)/,
          (_, owner) => `https://github.com/${owner}-ai`,
        );
        repo.url = url;
        return { kind, value: url };
      }
      const url = `https://github.com/${slug}-lab/${slug}`;
      entry.resources.push({ label: "GitHub 代码", url });
      return { kind, value: url };
    }
    case "wrong-arxiv": {
      const paper = entry.resources.find((r) => /arxiv\.org\/(?:abs|pdf)\//.test(r.url));
      if (paper) {
        const url = paper.url.replace(/(\d)(?=(?:v\d+)?(?:\.pdf)?$)/, (d) => String((Number(d) + 3) % 10));
        paper.url = url;
        return { kind, value: url };
      }
      const url = `https://arxiv.org/abs/2602.${String(10000 + pick(a.id, 89999)).padStart(5, "0")}`;
      entry.resources.push({ label: "arXiv 论文", url });
      return { kind, value: url };
    }
    case "shifted-figure": {
      for (const slot of figureSlots(entry)) {
        const f = findFigures(slot.text).find((x) => x.kind === "number" && x.value >= 1 && /\d/.test(x.raw));
        if (!f) continue;
        const digits = f.raw.match(/\d+(?:\.\d+)?/)![0];
        const shifted = digits.includes(".")
          ? digits.replace(/(\d)\.(\d)/, "$1$2.").replace(/\.$/, "")
          : `${digits}0`;
        const raw = f.raw.replace(digits, shifted);
        setText(entry, slot.where, slot.text.replace(f.raw, raw));
        return { kind, value: raw };
      }
      return undefined;
    }
    case "swapped-figure":
      return plantSwappedFigure(entry, a, figureSlots(entry), setText);
    case "flipped-comparison":
      return plantFlippedComparison(entry, figureSlots(entry), setText);
    case "plan-as-done":
      return plantPlanAsDone(entry, a);
    case "wrong-count":
      return plantWrongCount(entry, a, figureSlots(entry), setText);
    case "target-as-result":
      return plantTargetAsResult(entry, a);
    case "invented-figure": {
      const taken = new Set(findFigures(a.text).map((f) => f.value));
      let n = 17 + pick(a.id, 60);
      while (taken.has(n)) n++;
      const slot = figureSlots(entry)[0]!;
      const text = `${slot.text.replace(/[。；]$/, "")}，推理成本降低 ${n}%。`;
      setText(entry, slot.where, text);
      return { kind, value: `${n}%` };
    }
    case "wrong-org": {
      // An org the article names but never as the actor (a comparison, a helper, a bystander),
      // else one it does not name at all: never a spelling of the entry's own org.
      const own = new Set(entry.org.split(/\s*(?:\/|&)\s*/).map((o) => resolveOrg(o) ?? o));
      const named = findOrgs(`${a.title}\n${a.text}`).map((m) => m.name);
      const bystanders = named.filter(
        (o) => !own.has(o) && !findNameUses(o, a.title, a.text).some((u) => u.role === "actor"),
      );
      const absent = Object.keys(ORG_ALIASES).filter((o) => !own.has(o) && !named.includes(o));
      const org = bystanders[0] ?? absent[pick(a.id, absent.length)]!;
      entry.org = org;
      return { kind, value: org };
    }
    case "wrong-unit": {
      for (const slot of figureSlots(entry)) {
        for (const f of findFigures(slot.text)) {
          if (f.kind !== "number") continue;
          const at = slot.text.indexOf(f.raw);
          const digits = f.raw.match(/^[\d.,]+\s*/)?.[0];
          if (at < 0 || !digits) continue;
          const tail = slot.text.slice(at + digits.length);
          const swap = UNIT_SWAPS.find(([from]) => from.test(tail));
          if (!swap) continue;
          const unit = tail.match(swap[0])![0];
          const written = `${digits}${swap[1]}`;
          const text = slot.text.slice(0, at) + written + tail.slice(unit.length);
          setText(entry, slot.where, text);
          return { kind, value: written.replace(/\s+/g, "") };
        }
      }
      return undefined;
    }
    case "moved-figure": {
      // "在 MMLU 上得分 71.3" → "在 GSM8K 上得分 71.3": the benchmark swapped for another the article
      // names (else one it never names); the figure and its unit stay, what it measures changes.
      const names = [...a.text.matchAll(ON_BENCHMARK)].map((m) => m[1]!);
      for (const slot of figureSlots(entry)) {
        for (const m of slot.text.matchAll(ON_BENCHMARK)) {
          const name = m[1]!;
          const rest = slot.text.slice(m.index + m[0].length).split(/[。；;]/)[0] ?? "";
          const f = findFigures(rest).find((x) => x.kind === "number" && /\d/.test(x.raw));
          if (!f) continue;
          const other =
            names.find(
              (n) => n !== name && !n.includes(name) && !name.includes(n) && !slot.text.includes(n),
            ) ?? "GPQA-Diamond";
          const at = m.index + m[0].indexOf(name);
          setText(entry, slot.where, slot.text.slice(0, at) + other + slot.text.slice(at + name.length));
          return { kind, value: f.raw, context: other };
        }
      }
      return undefined;
    }
    case "flipped-direction": {
      // "延迟下降了 30%" → "延迟上升了 30%": the change turned round, the figure kept.
      for (const slot of figureSlots(entry)) {
        const m = FLIPPABLE.exec(slot.text);
        if (!m) continue;
        const verb = m[1]!;
        const flipped = FLIPS[verb]!;
        const at = m.index + m[0].indexOf(verb);
        setText(entry, slot.where, slot.text.slice(0, at) + flipped + slot.text.slice(at + verb.length));
        return { kind, value: m[2]!, context: flipped };
      }
      return undefined;
    }
    case "inflated-qualifier": {
      // "…，是全球首个此类成果" / "…，性能为同类最强": a first or a superlative the article never claims.
      const claims = articleQualifiers(`${a.title}\n${a.text}`);
      const [add, value] = !claims.firstScopes.has("global")
        ? ["，是全球首个此类成果", "全球首个"]
        : !claims.superlatives.has("强")
          ? ["，性能为同类最强", "最强"]
          : [undefined, undefined];
      if (!add || !value) return undefined;
      entry.summary = `${entry.summary.replace(/[。！]$/, "")}${add}。`;
      return { kind, value };
    }
    case "sibling-name": {
      // "Lumen-3-Pro 得分 71.4" → "Lumen-3-Flash 得分 71.4": the figure given to a sibling the article
      // also names (another variant of the family, MMLU for MMLU-Pro).
      for (const slot of figureSlots(entry)) {
        for (const m of slot.text.matchAll(NAME_TOKEN)) {
          const rest = slot.text.slice(m.index + m[0].length).split(/[，,。；;]/)[0] ?? "";
          // Not the name's own digits ("MiniCPM-o 4.5"): a figure with words between it and the name.
          const f = findFigures(rest).find(
            (x) => x.kind === "number" && x.value >= 1 && /[^\d.\s]/.test(rest.slice(0, x.index)),
          );
          if (!f) continue;
          // A sibling the sentence does not name yet, else one it names for another figure.
          const siblings = siblingsOf(m[0], `${a.title}\n${a.text}`);
          const sibling = siblings.find((s) => !slot.text.includes(s)) ?? siblings[0];
          if (!sibling) continue;
          setText(
            entry,
            slot.where,
            slot.text.slice(0, m.index) + sibling + slot.text.slice(m.index + m[0].length),
          );
          return { kind, value: f.raw, context: sibling };
        }
      }
      return undefined;
    }
    case "invented-status": {
      // "…，模型已开源" / "…，可免费使用": a release status the article never gives.
      const claims = articleQualifiers(
        `${a.title}\n${a.text}`,
        a.links.map((l) => l.href),
      );
      const [add, value] = !claims.open
        ? ["，模型已开源", "开源"]
        : !claims.free
          ? ["，可免费使用", "免费"]
          : [undefined, undefined];
      if (!add || !value) return undefined;
      const slot = entry.results.bullets.length ? entry.results.bullets : entry.core.bullets;
      const i = slot.length - 1;
      if (i < 0) return undefined;
      slot[i] = { ...slot[i]!, text: `${slot[i]!.text.replace(/[。！]$/, "")}${add}。` };
      return { kind, value };
    }
    case "invented-name": {
      // "…，效果优于 Claude" / "字节跳动": a rival, a lab or a person the article never names.
      const text = `${a.title}\n${a.text}`.toLowerCase();
      const names = ["Claude", "字节跳动", "Gemini", "北京大学", "Llama", "Karpathy", "Sora", "Midjourney"];
      const name = names.filter((n) => !text.includes(n.toLowerCase()))[pick(a.id, 3)];
      const slot = entry.insights.bullets.length ? entry.insights.bullets : entry.core.bullets;
      const i = slot.length - 1;
      if (!name || i < 0) return undefined;
      slot[i] = { ...slot[i]!, text: `${slot[i]!.text.replace(/[。！]$/, "")}，效果优于 ${name}。` };
      return { kind, value: name };
    }
    case "invented-quote": {
      // "…，作者直言：“这将彻底改变整个行业的格局”": words nobody in the article said.
      const quotes = [
        "这将彻底改变整个行业的格局",
        "我们已经领先对手至少一年",
        "这是通往通用人工智能的关键一步",
      ];
      const quote = quotes[pick(a.id, quotes.length)]!;
      const slot = entry.insights.bullets.length ? entry.insights.bullets : entry.core.bullets;
      const i = slot.length - 1;
      if (i < 0 || !/[\u4e00-\u9fff]{20}/.test(a.text)) return undefined;
      slot[i] = { ...slot[i]!, text: `${slot[i]!.text.replace(/[。！]$/, "")}，作者直言：“${quote}”。` };
      return { kind, value: quote };
    }
    case "inflated-stars": {
      if (entry.stars > 3) return undefined;
      entry.stars = 5;
      return { kind, value: "★5" };
    }
  }
}
