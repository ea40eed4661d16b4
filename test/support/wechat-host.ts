/**
 * A local WeChat-like host for end-to-end tests and the bench: bridge feeds for N accounts and an
 * article page per item, served on 127.0.0.1. Like mp.weixin.qq.com it answers the 环境异常
 * verification page once it has seen `wallAfter` page requests within `windowMs`, and keeps doing so
 * for `recoverMs`. Time is the caller's clock, so a test can jump over a cool-down.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { RoutingFetch } from "../../src/http/index.ts";
import { routeHosts } from "./route-fetch.ts";
import { RSS_TYPE, rssFeed } from "./route-server.ts";

export interface WechatHostOptions {
  accounts?: string[];
  perAccount?: number;
  /** The feeds carry the whole article in content:encoded (else a one-line digest). */
  fullText?: boolean;
  wallAfter?: number;
  windowMs?: number;
  recoverMs?: number;
  /** ms since the epoch; default Date.now. */
  clock?: () => number;
  /** YYYY-MM-DD (Asia/Shanghai) the articles are published on. */
  day?: string;
  /** Also a blog on this server (not WeChat, never paced): a summary feed of N posts. */
  blogPosts?: number;
}

export interface WechatArticle {
  account: string;
  slug: string;
  title: string;
  paragraphs: string[];
}

export interface WechatHost {
  origin: string;
  /** Routes https://mp.weixin.qq.com/… to this server; allows exactly its port. */
  fetch: RoutingFetch;
  sources: { id: string; name: string; url: string }[];
  articles: WechatArticle[];
  /** Page requests in order, with whether the wall answered. */
  pageRequests: { slug: string; walled: boolean; at: number }[];
  /** Every page request, WeChat's and the blog's, in arrival order (slug, or blog-N). */
  allPageRequests: string[];
  close(): Promise<void>;
}

const SENTENCES = [
  "团队公开了模型权重与推理代码，并附上了完整的评测脚本",
  "在长上下文检索任务上，新方法的召回率提升了约十二个百分点",
  "作者指出训练数据经过了三轮去重与质量过滤",
  "该工作由高校实验室与一家初创公司联合完成",
  "推理阶段采用了分组查询注意力以降低显存占用",
  "论文的消融实验显示，课程学习策略贡献了主要收益",
  "开源社区在发布当天就提交了多个量化版本",
  "研究者提醒，基准分数并不等同于真实场景中的可用性",
  "新框架支持在单张消费级显卡上完成微调",
  "多模态版本可以同时理解图像、音频与文本输入",
  "评测覆盖数学推理、代码生成与中文阅读理解三个方向",
  "项目负责人表示下一步将探索更高效的稀疏专家结构",
  "与上一代相比，同等算力下的吞吐量提高了近一倍",
  "数据集的构建花费了半年时间，由专业标注员逐条审核",
  "模型在安全对齐测试中的拒答率明显下降",
  "多家云厂商宣布将在本周上线该模型的托管服务",
  "实验表明，强化学习阶段的奖励设计对结果影响很大",
  "作者还发布了一个交互式演示，供开发者直接体验",
  "这一结果引发了关于评测污染问题的新一轮讨论",
  "技术报告披露了训练所用的集群规模与总耗时",
  "代码仓库在一周内获得了上万颗星标",
  "研究团队计划在下个季度开放更大参数量的版本",
  "该方法无需额外标注数据即可迁移到新领域",
  "业内人士认为，端侧部署将成为下一阶段的竞争焦点",
  "论文第一作者此前曾参与多个知名开源项目",
  "在机器人操作任务上，成功率从四成提升到了七成",
  "模型对长篇法律文书的摘要质量获得了律师的认可",
  "团队同时公布了失败案例，说明了方法的适用边界",
  "新的分词器对中文的压缩率提高了约百分之二十",
  "与闭源模型的差距已经缩小到几个百分点以内",
];

const ACCOUNTS = ["机器之心", "新智元", "量子位"];

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

// Each article's own words: a topic sentence, then characters drawn by a seeded generator, so no
// two articles of the day look alike to the dedup stage (as on a real day of three accounts).
function wordsOf(rand: () => number, n: number): string {
  let out = "";
  for (let k = 0; k < n; k++) out += String.fromCodePoint(0x4e00 + Math.floor(rand() * 0x5000));
  return out;
}

function articleOf(account: string, a: number, i: number): WechatArticle {
  const rand = prng(a * 1000 + i * 7 + 1);
  const paragraphs: string[] = [];
  for (let p = 0; p < 10; p++) {
    const topic = SENTENCES[Math.floor(rand() * SENTENCES.length)];
    paragraphs.push(`${topic}，${wordsOf(rand, 24)}，${wordsOf(rand, 20)}。`);
  }
  return { account, slug: `wx-${a}-${i}`, title: `${account}报道${i + 1}：${wordsOf(rand, 12)}`, paragraphs };
}

function pageHtml(article: WechatArticle, ct: number): string {
  const body = article.paragraphs.map((p) => `<p>${p}</p>`).join("\n");
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${article.title}</title>
<meta property="og:title" content="${article.title}"></head>
<body><div id="js_article" class="rich_media">
<h1 class="rich_media_title" id="activity-name">${article.title}</h1>
<div id="meta_content"><a href="javascript:void(0);" id="js_name">${article.account}</a></div>
<div class="rich_media_content" id="js_content" style="visibility: hidden;">
${body}
</div></div>
<script>var ct = "${ct}";</script></body></html>`;
}

const WALL = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>微信公众平台</title></head>
<body><div class="weui-msg"><p class="weui-msg__title">环境异常</p>
<p class="weui-msg__desc">当前环境异常，完成验证后即可继续访问。</p><a href="#">去验证</a></div></body></html>`;

export async function startWechatHost(options: WechatHostOptions = {}): Promise<WechatHost> {
  const accounts = options.accounts ?? ACCOUNTS;
  const perAccount = options.perAccount ?? 10;
  const wallAfter = options.wallAfter ?? Number.POSITIVE_INFINITY;
  const windowMs = options.windowMs ?? 3_600_000;
  const recoverMs = options.recoverMs ?? 2 * 3_600_000;
  const clock = options.clock ?? Date.now;
  const day = options.day ?? "2026-02-04";
  const articles = accounts.flatMap((account, a) =>
    Array.from({ length: perAccount }, (_, i) => articleOf(account, a, i)),
  );
  const bySlug = new Map(articles.map((x) => [x.slug, x]));
  const published = (i: number) => new Date(`${day}T08:${String(i * 5).padStart(2, "0")}:00+08:00`);
  const recent: number[] = [];
  let origin = "";
  let walledUntil = 0;
  const pageRequests: WechatHost["pageRequests"] = [];

  const feedOf = (a: number): string =>
    rssFeed(
      accounts[a]!,
      articles
        .filter((x) => x.account === accounts[a])
        .map((x, i) => ({
          title: x.title,
          link: `https://mp.weixin.qq.com/s/${x.slug}`,
          pubDate: published(i).toUTCString(),
          description: `${x.paragraphs[0]}`,
          ...(options.fullText ? { encoded: x.paragraphs.map((p) => `<p>${p}</p>`).join("\n") } : {}),
        })),
    );

  const allPageRequests: string[] = [];
  const blogPosts = options.blogPosts ?? 0;
  const blogFeed = (): string =>
    rssFeed(
      "某实验室博客",
      Array.from({ length: blogPosts }, (_, n) => ({
        title: `博客文章 ${n + 1}`,
        link: `${origin}/blog/${n}`,
        pubDate: published(n).toUTCString(),
        description: `博客文章 ${n + 1} 的一句话摘要。`,
      })),
    );

  const server = createServer((req, res) => {
    const path = req.url ?? "/";
    if (path === "/feeds/blog.xml") {
      res.writeHead(200, { "content-type": RSS_TYPE }).end(blogFeed());
      return;
    }
    const post = /^\/blog\/(\d+)$/.exec(path);
    if (post) {
      allPageRequests.push(`blog-${post[1]}`);
      const text = Array.from(
        { length: 6 },
        (_, k) => `<p>第${k + 1}段：${wordsOf(prng(Number(post[1]) * 31 + k), 60)}。</p>`,
      );
      res
        .writeHead(200, { "content-type": "text/html; charset=utf-8" })
        .end(
          `<!DOCTYPE html><html><head><meta charset="utf-8"><title>博客文章</title></head><body><article>${text.join("")}</article></body></html>`,
        );
      return;
    }
    const feed = /^\/feeds\/acc-(\d+)\.xml$/.exec(path);
    if (feed) {
      res.writeHead(200, { "content-type": RSS_TYPE }).end(feedOf(Number(feed[1])));
      return;
    }
    const page = /^\/s\/([\w-]+)/.exec(path);
    const article = page && bySlug.get(page[1]!);
    if (!article) {
      res.writeHead(404).end("not found\n");
      return;
    }
    const now = clock();
    while (recent.length > 0 && recent[0]! <= now - windowMs) recent.shift();
    if (now >= walledUntil && recent.length >= wallAfter) walledUntil = now + recoverMs;
    const walled = now < walledUntil;
    pageRequests.push({ slug: article.slug, walled, at: now });
    allPageRequests.push(article.slug);
    if (!walled) recent.push(now);
    const i = Number(article.slug.split("-")[2]);
    res
      .writeHead(200, { "content-type": "text/html; charset=utf-8" })
      .end(walled ? WALL : pageHtml(article, Math.floor(published(i).getTime() / 1000)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    fetch: routeHosts({ "mp.weixin.qq.com": origin }),
    sources: [
      ...accounts.map((name, a) => ({ id: `acc-${a}`, name, url: `${origin}/feeds/acc-${a}.xml` })),
      ...(blogPosts > 0 ? [{ id: "blog", name: "某实验室博客", url: `${origin}/feeds/blog.xml` }] : []),
    ],
    articles,
    pageRequests,
    allPageRequests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
