// "The bloc" is a word for a union named before it, not a union of its own: after "Kosovo signed its application to
// join the European Union", "urged the bloc to admit the country without delay" asks for EU membership (issue other,
// discourse/eu-membership), while after "Georgia renewed its bid to join NATO", "asked the bloc to admit it at the next
// summit" stays NATO membership (the alliance). The alliance lexicon lists "bloc" for "military bloc", "join the bloc"
// and "non-bloc status", so a bare "the bloc" was read as the alliance whatever it stood for; the tuning gold files all
// four such appeals to the Union under other. Only a definite "the bloc" (a count adjective between allowed: "the
// 27-nation bloc") is read as a re-mention, never "any bloc", "a military bloc", "non-bloc"; it names the Union when
// the nearest union named before it in the document ('unions': the EU, the European Union) comes after the nearest
// alliance named before it ('alliances': NATO, the North Atlantic alliance). Words: rules.json discourse/eu-bloc-anaphor.
import type { Token } from './tokenize.js';
import type { LexiconIndex } from './lexicon-index.js';
import { defineRule } from '../extract/rules/registry.js';
import { phraseEnd } from './phrase-end.js';

export const euBlocAnaphor = defineRule({
  id: 'discourse/eu-bloc-anaphor', stage: 'discourse',
  reason: 'A definite "the bloc" (\'heads\' after \'determiners\', a count adjective such as "27-nation" between allowed) in an alliance term re-mentions the union named last before it: the European Union (\'unions\') when named after any alliance (\'alliances\': NATO), so the term names the Union and is issue other as EU membership is (discourse/eu-membership): "Pristina applied to join the European Union and urged the bloc to admit it quickly" = XKX DEMAND other; after "NATO" it stays the alliance.',
});

/** Whether the alliance term over tokens [start, end) holds a definite "the bloc" whose antecedent is the EU. */
export function blocNamesUnion(tokens: Token[], index: LexiconIndex, start: number, end: number): boolean {
  const w = (list: string) => index.words(euBlocAnaphor.id, list);
  const heads = w('heads');
  let head = -1;
  for (let k = start; k < end; k++) if (heads.has(tokens[k].lower)) { head = k; break; }
  if (head < 0) return false;
  // ("the bloc", "the 27-nation bloc", "the 27-member bloc": one count adjective at most between.)
  let d = head - 1;
  if (d >= 2 && tokens[d - 1].text === '-' && /^\d+$/.test(tokens[d - 2].text)) d -= 3;
  if (d < 0 || !w('determiners').has(tokens[d].lower)) return false;
  const unions = w('unions'), alliances = w('alliances');
  for (let k = d - 1; k >= 0; k--) {
    if (phraseEnd(tokens, k, unions) > k) return true;
    if (phraseEnd(tokens, k, alliances) > k) return false;
  }
  return false;
}
