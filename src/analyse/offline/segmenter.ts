import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import { formatUserDictionary } from "./domain-terms.ts";

/**
 * Word segmentation over one jieba instance (for the sentence similarity graph). Tags no longer
 * come from TF-IDF keywords: a keyword is a generic noun as often as a topic.
 */
export interface Segmenter {
  /** Words of `text` in order (punctuation and spaces included, as jieba returns them). */
  cut(text: string): string[];
}

/**
 * Builds jieba lazily: loading the dictionary takes ~250 ms, so it happens once per segmenter (once
 * per analyser), on first use, never per article.
 */
export function createSegmenter(userTerms: Iterable<string>): Segmenter {
  const userDictionary = formatUserDictionary(userTerms);
  let jieba: Jieba | undefined;

  const loadJieba = (): Jieba => {
    if (jieba) return jieba;
    jieba = Jieba.withDict(dict);
    if (userDictionary.length > 0) jieba.loadDict(Buffer.from(userDictionary));
    return jieba;
  };

  return {
    cut(text) {
      return loadJieba().cut(text, false);
    },
  };
}
