import type { CorpusReader } from '../storage/corpus/corpus-reader.js';

// One set per opened generation: a generation never changes once published.
const cache = new WeakMap<CorpusReader, Set<string>>();

/** The links a reply may keep clickable: the stored URLs of this generation's documents. */
export function corpusLinks(reader: CorpusReader | null): Set<string> {
  if (!reader) return new Set();
  let urls = cache.get(reader);
  if (!urls) {
    urls = reader.linkUrls();
    cache.set(reader, urls);
  }
  return urls;
}
