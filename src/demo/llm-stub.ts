import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { actorOf } from "../model/org-line.ts";

/**
 * A real OpenAI-compatible chat-completions server on 127.0.0.1 for tests, the demo and the bench.
 * Replies come from a script (one per request, in order, then the default) or a function; the
 * default answers analysis requests with a valid entry built from the article's own sentences
 * and links, gate requests with a keyword verdict, and anything else with {"ok": true}.
 */
export interface ScriptedReply {
  /** HTTP status; 200 unless set. Non-200 replies send `body` (or an OpenAI-style error). */
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** Assistant content as is. */
  content?: string;
  /** Assistant content as JSON.stringify(json). */
  json?: unknown;
  /** Wrap the content in a ```json fence with a line of prose before it. */
  fence?: boolean;
  finishReason?: string;
  /** Usage to report; null omits it (endpoints that send none). */
  usage?: { prompt_tokens: number; completion_tokens: number } | null;
  /** Wait this long before answering (slow endpoint, timeouts). */
  delayMs?: number;
  /** Use the default reply for this request. */
  auto?: boolean;
}

export interface RecordedRequest {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  // biome-ignore lint/suspicious/noExplicitAny: the request body as the client sent it
  body: any;
}

export interface LlmStubOptions {
  latencyMs?: number;
  script?: ScriptedReply[] | ((request: RecordedRequest) => ScriptedReply);
}

export interface LlmStub {
  /** e.g. http://127.0.0.1:PORT/v1 */
  baseUrl: string;
  requests: RecordedRequest[];
  /** The requests whose reply was sent (not those whose client hung up first): what a provider bills. */
  answered: RecordedRequest[];
  close(): Promise<void>;
}

export async function startLlmStub(options: LlmStubOptions = {}): Promise<LlmStub> {
  const requests: RecordedRequest[] = [];
  const answered: RecordedRequest[] = [];
  const queue = Array.isArray(options.script) ? [...options.script] : [];
  const pick = (request: RecordedRequest): ScriptedReply =>
    typeof options.script === "function" ? options.script(request) : (queue.shift() ?? { auto: true });

  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    // biome-ignore lint/suspicious/noExplicitAny: parsed client JSON
    let body: any = {};
    try {
      body = raw ? JSON.parse(raw) : {};
    } catch {
      return send(res, 400, { error: { message: "invalid JSON body" } });
    }
    const recorded: RecordedRequest = { path: req.url ?? "", headers: req.headers, body };
    requests.push(recorded);
    if (req.method !== "POST" || !recorded.path.endsWith("/chat/completions"))
      return send(res, 404, { error: { message: "not found" } });
    const reply = pick(recorded);
    const delay = (reply.delayMs ?? 0) + (options.latencyMs ?? 0);
    if (delay > 0) await sleep(delay);
    if (res.destroyed) return;
    answer(res, body, reply.auto ? defaultReply(body) : reply);
    answered.push(recorded);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    answered,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// biome-ignore lint/suspicious/noExplicitAny: parsed client JSON
function answer(res: ServerResponse, body: any, reply: ScriptedReply): void {
  const status = reply.status ?? 200;
  if (status !== 200) {
    res.writeHead(status, { "content-type": "application/json", ...reply.headers });
    res.end(reply.body ?? JSON.stringify({ error: { message: `scripted ${status}`, type: "stub" } }));
    return;
  }
  let content = reply.content ?? (reply.json !== undefined ? JSON.stringify(reply.json, null, 2) : "");
  if (reply.fence) content = `好的，以下是结果：\n\`\`\`json\n${content}\n\`\`\`\n希望有帮助。`;
  const finish = reply.finishReason ?? "stop";
  const model = String(body.model ?? "stub-model");
  const promptChars = JSON.stringify(body.messages ?? []).length;
  const usage =
    reply.usage === null
      ? undefined
      : (reply.usage ?? {
          prompt_tokens: Math.ceil(promptChars / 2),
          completion_tokens: Math.ceil(content.length / 2),
        });
  const withTotal = usage && { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens };
  if (!body.stream) {
    send(res, 200, {
      id: "chatcmpl-stub",
      object: "chat.completion",
      model,
      choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: finish }],
      ...(withTotal ? { usage: withTotal } : {}),
    });
    return;
  }
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", ...reply.headers });
  const chunk = (data: object) =>
    res.write(
      `data: ${JSON.stringify({ id: "chatcmpl-stub", object: "chat.completion.chunk", model, ...data })}\n\n`,
    );
  const size = Math.max(1, Math.ceil(content.length / 3));
  chunk({ choices: [{ index: 0, delta: { role: "assistant", content: "" }, finish_reason: null }] });
  for (let i = 0; i < content.length; i += size)
    chunk({ choices: [{ index: 0, delta: { content: content.slice(i, i + size) }, finish_reason: null }] });
  chunk({ choices: [{ index: 0, delta: {}, finish_reason: finish }] });
  if (withTotal && body.stream_options?.include_usage) chunk({ choices: [], usage: withTotal });
  res.end("data: [DONE]\n\n");
}

// biome-ignore lint/suspicious/noExplicitAny: parsed client JSON
function defaultReply(body: any): ScriptedReply {
  const messages: { role: string; content: string }[] = Array.isArray(body.messages) ? body.messages : [];
  const system = messages.find((m) => m.role === "system")?.content ?? "";
  const user = messages.filter((m) => m.role === "user").at(-1)?.content ?? "";
  const article = parseArticle(user);
  if (system.includes('"insights"')) return { json: buildEntry(article) };
  if (system.includes('"relevant"')) {
    const promo = /招聘|诚聘|招人|加入我们|广告|报名|课程|优惠|抽奖|直播预告|峰会门票/.test(
      article.title + article.body.slice(0, 200),
    );
    return {
      json: {
        relevant: !promo,
        stars: promo ? 1 : 3,
        reason: promo ? "推广或招聘内容" : "与 AI 技术相关",
        category: promo ? "promotion" : "ai",
      },
    };
  }
  if (system.includes("同一事件")) return { json: { same: sameStory(user) } };
  return { json: { ok: true } };
}

/** The judge's stand-in: two reports are one story when their titles name the same product. */
function sameStory(user: string): boolean {
  const title = (label: string) => user.match(new RegExp(`<<<${label}\\n标题：(.*)`))?.[1] ?? "";
  const names = (t: string) =>
    new Set(t.match(/[A-Za-z][\w.-]*\d[\w.-]*|\d+(?:\.\d+)?[A-Za-z]+|[A-Z][A-Za-z]{3,}/g) ?? []);
  const b = names(title("B"));
  return [...names(title("A"))].some((n) => b.has(n));
}

interface StubArticle {
  title: string;
  source: string;
  body: string;
  links: string[];
}

function parseArticle(text: string): StubArticle {
  const inner = text.match(/<<<ARTICLE\n?([\s\S]*?)\n?ARTICLE>>>/)?.[1] ?? text;
  const field = (name: string) => inner.match(new RegExp(`^${name}[:：]\\s*(.+)$`, "m"))?.[1]?.trim() ?? "";
  const body =
    inner
      .split(/^正文[:：]\s*$/m)[1]
      ?.split(/^文中链接[:：]\s*$/m)[0]
      ?.trim() ?? "";
  // The article's own address is not one of its resources.
  const withoutSelf = inner.replace(/^原文链接[:：].*$/m, "");
  const links = [...new Set(withoutSelf.match(/https?:\/\/[^\s)\]>"'\u3000-\u303f\uff00-\uffef]+/g) ?? [])];
  return { title: field("标题") || "未命名文章", source: field("来源") || "未知来源", body, links };
}

const TAG_WORDS = [
  "多模态",
  "智能体",
  "大模型",
  "开源",
  "机器人",
  "基准",
  "编程",
  "安全",
  "推理",
  "世界模型",
];

function buildEntry(article: StubArticle) {
  const sentences = article.body
    .split(/(?<=[。！？!?])|\n+/)
    // An editor's tag (【新智元导读】) is no part of a claim.
    .map((s) => s.trim().replace(/^【[^】]{1,12}】\s*/, ""))
    // Link lines, figure captions and headings (short, no sentence end) are not claims.
    .filter(
      (s) =>
        s.length >= 8 &&
        !/https?:\/\/|github\.com|[a-z]\.(?:co|com|cn|ai|io)\/|^(图|表)\s*\d/.test(s) &&
        (/[。！？!?]$/.test(s) || s.length >= 30),
    );
  const actor = actorOf(article.title, article.body);
  // Like a model asked for the news: the first lead sentence naming the actor, not a question.
  const news =
    sentences
      .slice(0, 8)
      .find((s) => actor && actor.org.split(/\/| & /).some((o) => s.includes(o)) && !/[？?：:]$/.test(s)) ??
    sentences[0];
  const quote = (s: string) => ({ text: s, evidence: s });
  const withFigures = sentences.filter((s) => /\d/.test(s) && s !== news).slice(0, 3);
  const core = sentences.filter((s) => !withFigures.includes(s) && s !== news).slice(0, 3);
  const resources = article.links
    .filter((url) => !/mp\.weixin\.qq\.com|\.(png|jpe?g|gif|webp)(\?|$)/i.test(url))
    .slice(0, 5)
    .map((url) => ({
      label: /arxiv\.org/.test(url) ? "arXiv 论文" : /github\.com/.test(url) ? "GitHub 代码" : "相关链接",
      url,
    }));
  const paper = resources.some((r) => r.label !== "相关链接");
  return {
    // The actor of the news (model/news-actor.ts), as the offline analyser and verification name it.
    org: actor?.org ?? article.source,
    title: article.title,
    // A plausible spread: papers and code with figures score high, commentary low.
    stars: paper && withFigures.length > 0 ? 4 : withFigures.length > 0 ? 3 : 2,
    // As the prompt asks: no generic nouns ("AI"), a topic needs more than one mention in the body.
    tags: TAG_WORDS.filter((t) => article.body.split(t).length > 2).slice(0, 4),
    summary: news ?? article.title,
    core: { bullets: core.map(quote) },
    results:
      withFigures.length > 0 ? { bullets: withFigures.map(quote) } : { lead: "原文未提供", bullets: [] },
    insights: { lead: "原文未提供", bullets: [] },
    resources,
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, status: number, data: object): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(data));
}
