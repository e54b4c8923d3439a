// The compiled lexicon index is built once per set of lexicon directories and reused.
import { loadLexicon } from '../lexicon/load.js';
import { loadVocab } from '../lexicon/vocab.js';
import { buildIndex, type LexiconIndex } from '../annotate/lexicon-index.js';
import type { TraceSink } from './rules/registry.js';

export interface ExtractOptions {
  /** Extra lexicon directories (data files only) for another negotiation or local additions. */
  lexiconDirs?: string[];
  /** Receives every rule decision (`parley extract --trace`); tracing costs nothing when absent. */
  trace?: TraceSink;
}

const cache = new Map<string, LexiconIndex>();

export function getIndex(options: ExtractOptions = {}): LexiconIndex {
  const dirs = options.lexiconDirs ?? [];
  const key = dirs.join('\u0000');
  let index = cache.get(key);
  if (!index) {
    index = buildIndex(loadLexicon(dirs), loadVocab(dirs));
    cache.set(key, index);
  }
  return index;
}
