// The parties and regions a filter may name, from the lexicon (codes and names) plus codes that only
// occur in the data (claims made with another lexicon).
import { loadLexicon } from '../lexicon/load.js';
import type { FilterVocabulary } from './validate.js';

export function lexiconVocabulary(lexiconDirs: string[] = [], data: { actors?: Iterable<string>; regions?: Iterable<string> } = {}): FilterVocabulary {
  const lex = loadLexicon(lexiconDirs);
  const actors = new Map(lex.actors.map((a) => [a.code, [a.name, ...a.names]]));
  const regions = new Map(lex.places.map((p) => [p.code, [p.name, ...p.names]]));
  for (const code of data.actors ?? []) if (!actors.has(code)) actors.set(code, []);
  for (const code of data.regions ?? []) if (!regions.has(code)) regions.set(code, []);
  return {
    isActor: (code) => actors.has(code),
    isRegion: (code) => regions.has(code),
    actorNames: () => actors,
    regionNames: () => regions,
  };
}
