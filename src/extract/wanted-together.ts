// A meeting of named parties that the holder wants or hopes to arrange: "Erdogan wanted to bring Putin, Zelensky and
// Trump together in Istanbul", "he would like to bring the two leaders together", "Doha hopes to get Aliyev and
// Pashinyan around the table". Like a meeting wanted held ("wanted to host a summit") or wanted with a named party
// ("would like to meet Kurti"), it puts a format of the talks forward: PROPOSE talks (trigger/want-needs-act had dropped
// it, "nothing wanted of another party"). Read: the cue's "to", one of 'gatherVerbs', then within 'maxWords' words at
// least one named party or one of 'sideWords' ("the two leaders", "both sides"), and one of 'togetherWords'
// ("together", "around the table", "to the table"; not "together with", a companion). Not denied ("did not want to bring them together").
// Words: rules.json trigger/wanted-together.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const wantedTogether = defineRule({
  id: 'trigger/wanted-together', stage: 'trigger',
  reason: 'A wish or hope "to bring/get" named parties "together" or "around the table" ("Erdogan wanted to bring Putin, Zelensky and Trump together in Istanbul", "would like to bring the two leaders together") is a meeting of the talks the holder puts forward, as a meeting it wants to hold: trigger/want-needs-act keeps it as PROPOSE talks. \'gatherVerbs\' right after "to"; within \'maxWords\' words a named party or one of \'sideWords\', then one of \'togetherWords\' (a "table" after "to"/"around"/"at" too). Not a denied wish.',
});

const lower = (doc: Doc, i: number) => doc.tokens[i]?.lower ?? '';

/** Whether the words at `at` ("to" + a verb of gathering + parties + "together") arrange a meeting of named parties. */
export function wantedTogetherAt(doc: Doc, s: Sentence, at: number): boolean {
  const w = (list: string) => doc.index.words(wantedTogether.id, list);
  if (lower(doc, at) !== 'to' || !w('gatherVerbs').has(lower(doc, at + 1))) return false;
  const max = Number(doc.index.vocab.rules[wantedTogether.id]?.maxWords ?? 14);
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  const sides = w('sideWords'), together = w('togetherWords');
  let parties = false;
  for (let q = at + 2, words = 0; q < s.tEnd && words <= max; q++) {
    const x = doc.tokens[q];
    if (x.text === ';' || x.text === ':') return false;
    if (x.word) words++;
    if (actors.some((a) => a.start === q && a.codes.length && (x.cap || a.kind === 'person')) || sides.has(x.lower)) parties = true;
    // ("together with Egypt" names a companion of the holder, no meeting arranged.)
    if (together.has(x.lower) && lower(doc, q + 1) === 'with') return false;
    if (together.has(x.lower) || (x.lower === 'table' && ['the', 'a'].includes(lower(doc, q - 1)) && ['to', 'around', 'at', 'round'].includes(lower(doc, q - 2)))) return parties;
  }
  return false;
}
