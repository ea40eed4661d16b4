import { Jieba, TfIdf } from "@node-rs/jieba";
import { dict, idf } from "@node-rs/jieba/dict.js";
import { formatUserDictionary } from "./domain-terms.ts";

/** Word segmentation and TF-IDF keywords over one jieba instance. */
export interface Segmenter {
  /** Words of `text` in order (punctuation and spaces included, as jieba returns them). */
  cut(text: string): string[];
  /** Top `count` TF-IDF keywords of `text`, best first. */
  extractKeywords(text: string, count: number): string[];
}

/** Parts of speech worth a tag: nouns, proper nouns, verbal nouns, English words. */
const KEYWORD_POS = ["n", "nz", "nr", "ns", "nt", "vn", "eng"];

/**
 * Builds jieba lazily: loading the dictionary takes ~250 ms and the IDF table another ~200 ms, so it
 * happens once per segmenter (once per analyser), on first use, never per article.
 */
export function createSegmenter(userTerms: Iterable<string>): Segmenter {
  const userDictionary = formatUserDictionary(userTerms);
  let jieba: Jieba | undefined;
  let tfidf: TfIdf | undefined;

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
    extractKeywords(text, count) {
      const segmenter = loadJieba();
      tfidf ??= TfIdf.withDict(idf);
      return tfidf.extractKeywords(segmenter, text, count, KEYWORD_POS).map((k) => k.keyword);
    },
  };
}
