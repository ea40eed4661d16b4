/** CLI messages (see ../messages.ts): `serve`, `worker`, `mcp` and `api` (the web app, the queue worker, the MCP server, the HTTP API's helpers). */
export const SERVE_MESSAGES = {
  "serve.description": {
    zh: "启动网页版：简报、搜索、带原文证据的条目、订阅源、运行记录、趋势",
    en: "serve the web app: briefings, search, entries with their evidence, sources, runs, trends",
  },
  "serve.opt.port": { zh: "TCP 端口（默认 serve.port，8080）", en: "TCP port (default serve.port, 8080)" },
  "serve.opt.host": {
    zh: "监听地址（默认 serve.host，127.0.0.1）",
    en: "address to listen on (default serve.host, 127.0.0.1)",
  },
  "serve.opt.schedule": {
    zh: "同时在本进程里按配置定时运行",
    en: "also run the configured schedule in this process",
  },
  "serve.opt.hashPassword": {
    zh: "打印从标准输入读到的密码的 scrypt 哈希（填到 serve.users）",
    en: "print the scrypt hash of the password read from stdin (for serve.users)",
  },
  "api.badScopes": {
    zh: '--scopes 取 read 或 read,write，收到的是 "{value}"',
    en: '--scopes takes read or read,write, got "{value}"',
  },
  "api.badName": {
    zh: '--name 只能用字母、数字、. - _，收到的是 "{value}"',
    en: '--name takes letters, digits, . - _, got "{value}"',
  },
  "api.tokenShownOnce": {
    zh: "token: {token}   # 只显示这一次，请妥善保存",
    en: "token: {token}   # shown once: keep it safe",
  },
  "serve.badPort": {
    zh: '--port 须为 0–65535，收到的是 "{value}"',
    en: '--port takes 0–65535, got "{value}"',
  },
  "serve.noCookieSecret": {
    zh: "没有设置 serve.cookieSecret：服务器重启后登录会失效（docs/web.md）",
    en: "serve.cookieSecret is not set: logins end when the server restarts (docs/web.en.md)",
  },
  "serve.passwordFromStdin": {
    zh: "--hash-password 从标准输入读取密码",
    en: "--hash-password reads the password from stdin",
  },
  "serve.passwordTooShort": { zh: "密码至少 8 个字符", en: "the password needs at least 8 characters" },
  "serve.alreadyRunning": {
    zh: "此服务器正在运行 {command}",
    en: "this server is already running {command}",
  },
  "serve.storeBusy": {
    zh: "另一个运行正在使用存储：{host} 上的 pid {pid}，{command}，始于 {since}",
    en: "another run is using the store: pid {pid} on {host}, {command}, since {since}",
  },
  "worker.description": {
    zh: "处理工作队列里的任务（queue.url：抓取订阅源、阅读页面、分析文章、投递频道；docs/scale.md）",
    en: "process jobs of the work queue (queue.url: collect a source, read a page, analyse an article, deliver a channel; docs/scale.en.md)",
  },
  "worker.opt.concurrency": {
    zh: "每个队列同时处理的任务数（默认 4）",
    en: "jobs at once per queue (default 4)",
  },
  "worker.opt.metricsPort": {
    zh: "在此端口提供 Prometheus 格式的 /metrics（默认不开）",
    en: "serve Prometheus /metrics on this port (default off)",
  },
  "worker.opt.metricsHost": {
    zh: "/metrics 的监听地址（默认 127.0.0.1）",
    en: "address /metrics listens on (default 127.0.0.1)",
  },
  "worker.opt.graceSeconds": {
    zh: "收到 SIGTERM/Ctrl-C 后等待当前任务完成的秒数，之后交还给其他 worker 重试（默认 25）",
    en: "seconds to let current jobs finish after SIGTERM/Ctrl-C before handing them back for a retry (default 25)",
  },
  "worker.noQueue": {
    zh: "配置里没有 queue.url：worker 需要 Redis（例如 queue: { url: redis://127.0.0.1:6379 }，见 docs/scale.md）",
    en: "the config has no queue.url: a worker needs Redis (e.g. queue: { url: redis://127.0.0.1:6379 }, see docs/scale.en.md)",
  },
  "worker.badNumber": {
    zh: '{option} 须为 {min}–{max} 的整数，收到的是 "{value}"',
    en: '{option} takes a whole number {min}–{max}, got "{value}"',
  },
  "worker.ready": {
    zh: "worker 已就绪（pid {pid}）：队列 {queues}，每个队列并发 {concurrency}",
    en: "worker ready (pid {pid}): queues {queues}, {concurrency} at once per queue",
  },
  "worker.metrics": { zh: "指标：{url}", en: "metrics: {url}" },
  "worker.stopping": {
    zh: "正在停止：等待当前任务完成（最多 {seconds} 秒）…",
    en: "stopping: letting current jobs finish (at most {seconds} s)…",
  },
  "worker.stopped": { zh: "worker 已停止", en: "worker stopped" },
  "worker.released": {
    zh: "worker 已停止：{count} 个未完成的任务已交还队列重试",
    en: "worker stopped: {count} unfinished jobs handed back to the queue for a retry",
  },
  "mcp.description": {
    zh: "通过 stdio 提供 MCP 服务，给 Claude Desktop、Cursor、Cherry Studio 等使用（docs/mcp.md）",
    en: "MCP server over stdio for Claude Desktop, Cursor, Cherry Studio … (docs/mcp.en.md)",
  },
  "mcp.opt.store": {
    zh: "存储文件（默认：配置里的 store.path）",
    en: "the store file (default: store.path of the config)",
  },
  "mcp.opt.readOnly": {
    zh: "拒绝 run_day（唯一会写入的工具）",
    en: "refuse run_day (the only tool that writes)",
  },
  "mcp.noStore": {
    zh: "没有存储文件 {path}，先运行 daybrief run",
    en: "no store at {path}: run `daybrief run` first",
  },
  "api.description": { zh: "HTTP API 辅助命令（docs/api.md）", en: "HTTP API helpers (docs/api.en.md)" },
  "api.hashToken.description": {
    zh: "打印 bearer token 的 sha256，填到 api.tokens（不给 token 时生成一个新的）",
    en: "print the sha256 of a bearer token for api.tokens (makes a new token when none is given)",
  },
  "api.hashToken.opt.name": { zh: "token 在配置里的名字", en: "the token's name in the config" },
  "api.hashToken.opt.scopes": { zh: "read 或 read,write", en: "read or read,write" },
} as const satisfies Record<string, { zh: string; en: string }>;
