/** One bullet; `label` renders bold before the text ("**label**：text"). Nested one level at most. */
export interface Bullet {
  label?: string;
  text: string;
  children?: Bullet[];
  /** A short quote that supports the bullet: after verification, the article's own words (LLM entries). */
  evidence?: string;
  /** Set by verification when a policy marks rather than drops an unsupported claim. */
  flagged?: boolean;
}

/** A section: an optional lead paragraph, then bullets. Empty bullets render as 原文未提供. */
export interface Section {
  lead?: string;
  bullets: Bullet[];
}

export interface Resource {
  /** What the link is, e.g. "arXiv 论文", "GitHub 代码", "项目主页". */
  label: string;
  url: string;
  /** Link text when it differs from the URL (an article title, say). */
  title?: string;
}

export type Stars = 1 | 2 | 3 | 4 | 5;

/** The analysed form of one article: what an analyser (offline or LLM) produces. */
export interface Entry {
  org: string;
  title: string;
  stars: Stars;
  tags: string[];
  summary: string;
  /** 核心技术/实现逻辑 */
  core: Section;
  /** 实验数据/关键结论 */
  results: Section;
  /** 独家洞察/局限性 */
  insights: Section;
  /** 相关资源 */
  resources: Resource[];
}
