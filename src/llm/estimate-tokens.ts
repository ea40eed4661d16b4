import type { ChatMessage } from "./types.ts";

/**
 * A rough token count when the endpoint reports none. Chinese/Japanese/Korean characters count
 * one token each (BPE vocabularies of DeepSeek/Qwen/GLM land between 0.6 and 1.0 per character,
 * so this errs high), everything else one token per 4 characters (the usual figure for English).
 * Erring high keeps budget caps safe.
 */
export function estimateTokens(text: string): number {
  let cjk = 0;
  let other = 0;
  for (const ch of text) {
    if (/[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\uac00-\ud7af\u3040-\u30ff]/.test(ch)) cjk++;
    else other++;
  }
  return cjk + Math.ceil(other / 4);
}

/** Prompt tokens of a message list: the text plus a few tokens of framing per message. */
export function estimateMessageTokens(messages: ChatMessage[]): number {
  return messages.reduce((sum, m) => sum + estimateTokens(m.content) + 4, 0);
}
