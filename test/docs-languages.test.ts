/**
 * docs/ in two languages: `docs/X.md` is Chinese (primary), `docs/X.en.md` English. Every document
 * has both (except the ones still English-only, named below), the two carry the same structure
 * (heading levels), the same shell commands and the same config keys, every relative link of every
 * doc and README resolves (the file, and the heading a `#fragment` names), and each language links to
 * its own language's version of a document.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { parse } from "yaml";
import { fences, headingLevels, prose, shellCommands } from "./support/markdown-docs.ts";

/** Documents not translated yet: one English `docs/X.md`, no `docs/X.en.md`. */
const ENGLISH_ONLY = new Set<string>();

const read = (file: string) => readFileSync(file, "utf8");
const docNames = readdirSync("docs").filter((f) => f.endsWith(".md"));
const englishNames = docNames.filter((f) => f.endsWith(".en.md"));
const chineseNames = docNames.filter((f) => !f.endsWith(".en.md") && !ENGLISH_ONLY.has(f));
const enOf = (zh: string) => zh.replace(/\.md$/, ".en.md");

/** GitHub's heading anchor: lower case, punctuation and symbols dropped, spaces to hyphens. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const m of prose(markdown).matchAll(/^#{1,6} (.+)$/gm)) {
    const base = m[1]!
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, "")
      .replace(/\s/g, "-");
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

interface Link {
  text: string;
  target: string;
  line: string;
}

function links(markdown: string): Link[] {
  const out: Link[] = [];
  for (const line of prose(markdown).split("\n")) {
    // Code spans show Markdown syntax (`[t](url)`), they link nowhere.
    for (const m of line.replace(/`[^`]*`/g, "").matchAll(/\[([^\]]*)\]\(([^)\s]+)\)/g))
      out.push({ text: m[1]!, target: m[2]!, line });
  }
  return out;
}

const relative = (target: string) => !/^[a-z][a-z0-9+.-]*:/i.test(target);

/** Every config key path in a document's yaml blocks (`fetch.hosts.mp.weixin.qq.com.dailyCap`, …). */
function configKeys(markdown: string): string[] {
  const keys = new Set<string>();
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) for (const item of value) walk(item, `${path}[]`);
    else if (value && typeof value === "object")
      for (const [k, v] of Object.entries(value)) {
        const p = path ? `${path}.${k}` : k;
        keys.add(p);
        walk(v, p);
      }
  };
  for (const block of fences(markdown).filter((f) => f.lang === "yaml")) walk(parse(block.text), "");
  return [...keys].sort();
}

test("every docs/X.en.md has a Chinese docs/X.md and every Chinese doc an English one", () => {
  assert.ok(englishNames.length >= 12, "the English versions are there");
  for (const en of englishNames) {
    const zh = en.replace(/\.en\.md$/, ".md");
    assert.ok(docNames.includes(zh), `docs/${en} has no Chinese docs/${zh}`);
    assert.ok(!ENGLISH_ONLY.has(zh), `docs/${zh} has an English version: take it off ENGLISH_ONLY`);
  }
  for (const zh of chineseNames) assert.ok(docNames.includes(enOf(zh)), `docs/${zh} has no docs/${enOf(zh)}`);
  for (const name of ENGLISH_ONLY) assert.ok(docNames.includes(name), `docs/${name} (ENGLISH_ONLY) exists`);
});

for (const zh of chineseNames) {
  const en = enOf(zh);
  test(`docs/${zh} and docs/${en}: same heading levels, shell commands, fences and config keys`, () => {
    const [zhText, enText] = [read(`docs/${zh}`), read(`docs/${en}`)];
    assert.deepEqual(headingLevels(zhText), headingLevels(enText), "heading levels and count");
    assert.deepEqual(shellCommands(zhText), shellCommands(enText), "shell commands");
    assert.deepEqual(
      fences(zhText).map((f) => f.lang),
      fences(enText).map((f) => f.lang),
      "fenced blocks and their languages",
    );
    assert.deepEqual(configKeys(zhText), configKeys(enText), "config keys in yaml blocks");
  });
}

const ALL_DOCS = ["README.md", "README.en.md", ...docNames.map((f) => `docs/${f}`)];

test("every relative link in the docs and READMEs resolves, #fragments included", () => {
  const broken: string[] = [];
  for (const file of ALL_DOCS) {
    const dir = file.includes("/") ? file.slice(0, file.lastIndexOf("/") + 1) : "";
    for (const { target } of links(read(file)).filter((l) => relative(l.target))) {
      const [pathPart, fragment] = target.split("#") as [string, string | undefined];
      const path = pathPart ? normalise(dir + decodeURIComponent(pathPart)) : file;
      let text: string;
      try {
        text = read(path);
      } catch {
        broken.push(`${file}: ${target} (no file ${path})`);
        continue;
      }
      // The English-only docs (edited elsewhere) still name headings of the English docs they were
      // written against; their fragments are checked once they are translated and link `.en.md`.
      if (ENGLISH_ONLY.has(file.replace(/^docs\//, ""))) continue;
      if (fragment && path.endsWith(".md") && !anchors(text).has(decodeURIComponent(fragment).toLowerCase()))
        broken.push(`${file}: ${target} (no heading #${fragment} in ${path})`);
    }
  }
  assert.deepEqual(broken, []);
});

test("English docs link to the English versions, Chinese docs to the Chinese ones", () => {
  const wrong: string[] = [];
  const translated = new Set(chineseNames);
  for (const file of ALL_DOCS) {
    const english = file.endsWith(".en.md");
    if (!english && ENGLISH_ONLY.has(file.replace(/^docs\//, ""))) continue;
    const dir = file.includes("/") ? file.slice(0, file.lastIndexOf("/") + 1) : "";
    for (const { target, line } of links(read(file)).filter((l) => relative(l.target))) {
      const path = normalise(dir + decodeURIComponent(target.split("#")[0]!));
      if (!path.startsWith("docs/") && !path.startsWith("README")) continue;
      const name = path.replace(/^docs\//, "");
      const counterpart = english ? file.replace(/\.en\.md$/, ".md") : enOf(file);
      if (path === counterpart) continue; // the language switch at the top
      // An English page may point at a Chinese version only where it says so ("中文: …").
      if (english && /中文/.test(line)) continue;
      if (english && translated.has(name) && path.startsWith("docs/"))
        wrong.push(`${file} links to the Chinese ${path}`);
      if (english && path === "README.md") wrong.push(`${file} links to the Chinese README.md`);
      // A Chinese page may point at an English version only where it says so ("English: …").
      if (!english && path.endsWith(".en.md") && !/English/.test(line))
        wrong.push(`${file} links to the English ${path}`);
    }
  }
  assert.deepEqual(wrong, []);
});

/** `docs/../README.md` → `README.md`. */
function normalise(path: string): string {
  const out: string[] = [];
  for (const part of path.split("/")) {
    if (part === "..") out.pop();
    else if (part !== "." && part !== "") out.push(part);
  }
  return out.join("/");
}
