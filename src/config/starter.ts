/** The commented starter config that `daybrief init` writes. */
export const STARTER_CONFIG = `# daybrief configuration. Every key is optional except sources.
# Editor completion: daybrief config schema > daybrief.schema.json, then add to the top of this file:
#   # yaml-language-server: $schema=./daybrief.schema.json
# Secrets are never written here: use \${ENV_VAR} and set the variable in the environment.

# Days are cut in this time zone: an article belongs to date D when it was published on D here.
timezone: Asia/Shanghai

# Feeds, in the order that breaks ties between entries of equal value (★).
# WeChat public accounts are read through a WeChat→RSS bridge; any RSS/Atom/JSON feed works.
sources:
  - id: jiqizhixin
    name: 机器之心
    url: https://wechat2rss.bestblogs.dev/feed/8d97af31b0de9e48da74558af128a4673d78c9a3.xml
  - id: xinzhiyuan
    name: 新智元
    url: https://wechat2rss.bestblogs.dev/feed/e531a18b21c34cf787b83ab444eef659d7a980de.xml
  - id: qbitai
    name: 量子位
    url: https://www.qbitai.com/feed

# Where briefings are written: briefings/YYYY/YYYY-MM-DD.{md,html,json}.
output:
  dir: ./briefings
  formats: [md, html, json]

# The SQLite file that remembers feeds, articles and analyses (re-runs cost nothing).
store:
  path: ./data/daybrief.db

briefing:
  title: AI 每日情报
  # Entries below this value are left out (1–5).
  minStars: 2

# No LLM is configured: entries are written by the built-in offline (extractive) analyser.
# See docs/configuration.md to add DeepSeek, Qwen, Kimi, GLM, OpenAI or a local Ollama.
`;
