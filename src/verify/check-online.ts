// Optional online check: the arXiv id resolves, the GitHub / Hugging Face repository exists.
// Never fails a run: anything but a clear answer is "unknown" and the link is kept.
import type { LinkKey } from "./canonical-link.ts";

export type OnlineVerdict = "exists" | "missing" | "unknown";

export interface OnlineCheckOptions {
  fetch: typeof fetch;
  /** Answers already had (this run or earlier): key → verdict. Unknowns are not cached. */
  cache: Map<string, OnlineVerdict>;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** The URL whose status answers the question, or undefined for links we do not check. */
export function probeUrl(key: LinkKey): string | undefined {
  const [kind, ...rest] = key.key.split(":");
  const id = rest.join(":");
  if (kind === "arxiv") return `https://export.arxiv.org/abs/${id}`;
  if (kind === "github" && id.includes("/")) return `https://github.com/${id}`;
  if (kind === "hf") {
    const [type, name] = [rest[0], rest.slice(1).join(":")];
    return `https://huggingface.co/api/${type === "dataset" ? "datasets" : type === "space" ? "spaces" : "models"}/${name}`;
  }
  return undefined;
}

export async function checkOnline(key: LinkKey, options: OnlineCheckOptions): Promise<OnlineVerdict> {
  const cached = options.cache.get(key.key);
  if (cached) return cached;
  const url = probeUrl(key);
  if (!url) return "unknown";
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 5000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let verdict: OnlineVerdict = "unknown";
  try {
    const response = await options.fetch(url, { method: "HEAD", redirect: "follow", signal });
    if (response.ok) verdict = "exists";
    else if (response.status === 404 || response.status === 410) verdict = "missing";
    // 401 (private/gated), 403 and 429 (rate limits), 5xx: no answer.
  } catch {
    verdict = "unknown";
  }
  if (verdict !== "unknown") options.cache.set(key.key, verdict);
  return verdict;
}
