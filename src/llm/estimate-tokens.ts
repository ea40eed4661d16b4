import type { ChatMessage } from "./types.ts";

/**
 * A rough token count when the endpoint reports none. Chinese/Japanese/Korean characters count
 * one token each (BPE vocabularies of DeepSeek/Qwen/GLM land between 0.6 and 1.0 per character,
 * so this errs high), everything else one token per 4 characters (the usual figure for English).
 * Erring high keeps budget caps safe.
 */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\uac00-\ud7af\u3040-\u30ff]/g;

export function estimateTokens(text: string): number {
  // One regex pass (it runs on every request the rate limiter admits); code points, not UTF-16 units.
  const cjk = text.match(CJK)?.length ?? 0;
  let length = 0;
  for (const _ of text) length++;
  return cjk + Math.ceil((length - cjk) / 4);
}

/** Prompt tokens of a message list: the text plus a few tokens of framing per message. */
export function estimateMessageTokens(messages: ChatMessage[]): number {
  return messages.reduce((sum, m) => sum + estimateTokens(m.content) + 4, 0);
}
