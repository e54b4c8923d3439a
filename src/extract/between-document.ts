// A binding text named only by the parties it is "between" (issue 7, OFFER recall; holders): "A separate memorandum
// between Russia and the UN commits the world body to help remove obstacles to Russian food and fertiliser exports",
// "A second document, a memorandum between Russia and the UN, commits the UN secretariat to …". No one is named as
// its author ("between" names its parties, not who wrote or put it forward), so the discourse stage keeps no document
// for it and candidate/commits-object found no binding text: the party the verb binds had no holder. The subject that
// opens the clause is a noun of a binding text ('nouns') with "between" and nothing but parties after it, right
// before the verb of binding (past an apposition's closing comma): that text binds its object as a signed one does.
// Words: rules.json candidate/between-document.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const betweenDocument = defineRule({
  id: 'candidate/between-document', stage: 'candidate',
  reason: '"A separate memorandum between Russia and the UN commits the world body to help remove obstacles to Russian exports", "The accord between Ethiopia and Eritrea obliges Asmara to withdraw from Badme": a noun of a binding text (\'nouns\': memorandum, agreement, accord, treaty …; not a plan or draft, which binds no one) followed by "between" and only parties (with "and", "the"), right before the verb of binding of candidate/commits-object (an apposition\'s comma may close it: "A second document, a memorandum between Russia and the UN, commits …"), is the binding text that rule needs though no one is named as its author: the party the verb binds offers what follows "to". The noun phrase opens its clause (at most six words after the sentence\'s start, a comma or a dash). Not a plan "between" parties ("a plan between Moscow and Kyiv would oblige …" binds no one), not a party named after the verb only as part of a longer object.',
});

/** True when the words right before the verb of binding at `v` are "<binding noun> between <parties> [,]". */
export function betweenDocumentBefore(doc: Doc, s: Sentence, v: number): boolean {
  const { tokens } = doc;
  const nouns = doc.index.words(betweenDocument.id, 'nouns');
  let e = v;
  if (tokens[e - 1]?.text === ',') e--;
  // "between", at most twelve tokens back, with only words between it and the verb.
  let b = -1;
  for (let j = e - 1; j > s.tStart && j >= v - 12; j--) {
    if (tokens[j].lower === 'between') { b = j; break; }
    if (!tokens[j].word && tokens[j].text !== '-' && tokens[j].text !== '.') return false;
  }
  if (b < 0 || b + 1 >= e) return false;
  // Only parties, "and" and "the" after "between".
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  let parties = 0;
  for (let k = b + 1; k < e; k++) {
    const w = tokens[k].lower;
    if (w === 'and' || w === 'the') continue;
    const a = actors.find((m) => m.start <= k && k < m.end && m.codes.length > 0 && !m.possessive);
    if (!a || a.end > e) return false;
    parties++;
    k = a.end - 1;
  }
  if (parties < 2) return false;
  if (!nouns.has(tokens[b - 1]?.lower ?? '')) return false;
  // The noun phrase opens its clause: at most six words back to the sentence's start, a comma or a dash.
  let h = b - 2, n = 0;
  while (h >= s.tStart && tokens[h].word && n < 6) { h--; n++; }
  return h < s.tStart || tokens[h].text === ',' || tokens[h].text === '-' || tokens[h].text === '–' || tokens[h].text === '—';
}
