// Threats made by saying what another party's act would bring on itself: "a Ukrainian strike deep into Russia with
// US-supplied missiles would bring a 'very serious, if not overwhelming' response", "Tomahawks would mean 'a new stage
// of escalation'", "any use of its reserves would be theft that would bring a response". The sibling of "would be met
// with force" (candidate/met-with-force): the answer is the object of a verb of bringing or meaning, not an agent
// phrase, and escalation counts as the answer. The act that brings it, the subject before the modal, is what the
// threat is about and gives the issue (content/condition-subject), as for met-with-force. The speaker holds it (a
// warning's or a report's speaker, as a deontic's). Only "would"/"will": "could lead to an escalation" guesses at an
// outcome. Not negated ("would not bring escalation"), not with a party as the subject ("Russia would bring a
// response" is a party's own step, the modal rules'), not an end or a halt to the answer ("would bring an end to the
// escalation": one of 'endings' in the object). Words: rules.json candidate/brought-response.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';
import type { Trigger } from './triggers.js';
import { QUOTE_MARKS } from './quote-marks.js';

export const broughtResponse = defineRule({
  id: 'candidate/brought-response', stage: 'candidate',
  // (Gate: every match needs a word of this list in the sentence, as the finder's own precheck says.)
  needs: [{ list: 'responseNouns' }],
  reason: 'One of \'modals\' ("would", "will") + one of \'bringVerbs\' ("bring", "mean", "trigger", "provoke", "draw"; "lead to", "result in" as two words) + an object whose head, within \'maxWords\' words (quote marks and a comma inside them, a "stage of"/"round of" phrase), is one of \'responseNouns\' ("response", "retaliation", "escalation", "countermeasures") is a threat about the act that is its subject: "a Ukrainian strike deep into Russia with US-supplied missiles would bring a \'very serious, if not overwhelming\' response", "Tomahawks would mean \'a new stage of escalation\'". Not "could" (a guess), not negated, not a party as the subject, not an end of the answer (\'endings\': "would bring an end to the escalation").',
});

/** THREATEN triggers of "would bring a response", "would mean a new stage of escalation" in the sentence. */
export function broughtResponseCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(broughtResponse.id, list);
  const lower = (k: number) => tokens[k]?.lower ?? '';
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const modals = w('modals');
  const bring = w('bringVerbs'), nouns = w('responseNouns'), endings = w('endings'), stops = w('stops');
  // (Speed: no sentence without one of its nouns can match, sentence-words.ts.)
  if (!doc.sentenceWords.has(s.index, nouns)) return out;
  const max = Number(doc.index.vocab.rules[broughtResponse.id]?.maxWords ?? 8);
  const actors = doc.actorsBySentence.get(s.index) ?? [];
  for (let m = s.tStart + 1; m < s.tEnd - 2; m++) {
    if (!modals.has(lower(m))) continue;
    let v = m + 1;
    if (!bring.has(lower(v))) continue;
    // ("lead to", "result in": the particle is part of the verb.)
    if ((lower(v) === 'lead' && lower(v + 1) === 'to') || (lower(v) === 'result' && lower(v + 1) === 'in')) v++;
    else if (lower(v) === 'lead' || lower(v) === 'result') continue;
    // (A party as the subject is its own step: "Moscow would bring a response of its own" is the modal rules'.)
    // (Only a party that opens the clause: a place that ends the act is none, "any deployment of foreign troops in
    // northern Kosovo would …"; 'subjectOpeners' before it, or the sentence's start.)
    if (actors.some((a) => a.end === m && !a.possessive && (a.start === s.tStart || w('subjectOpeners').has(lower(a.start - 1)) || !tokens[a.start - 1]?.word))) continue;
    let head = -1;
    for (let k = v + 1, words = 0; k < s.tEnd && words <= max; k++) {
      const x = tokens[k];
      if (!x.word) {
        // (A comma inside the quoted adjectives: 'a "very serious, if not overwhelming" response'.)
        if (QUOTE_MARKS.has(x.text) || x.text === '-' || x.text === ',') continue;
        break;
      }
      // ('"very serious, if not overwhelming"': a concessive "if not" between the adjectives.)
      if (x.lower === 'if' && lower(k + 1) === 'not') { k++; continue; }
      if (endings.has(x.lower) || stops.has(x.lower)) break;
      words++;
      if (nouns.has(x.lower)) { head = k; break; }
    }
    if (head < 0 || raw.some((r) => r.start <= v && r.end > m)) continue;
    const end = v + 1;
    const trigger: Trigger = { start: m, end, type: 'THREATEN', cue: null, rule: 'brought-response', negated: false, nominal: false, complement: false, modal: true, object: 'after', modality: 'asserted', exchange: false, contentEnd: end };
    out.push({ trigger, detail: `"${tokens[m].text} ${tokens[m + 1].text} … ${tokens[head].text}": the act that brings the answer is threatened` });
    m = head;
  }
  return out;
}
