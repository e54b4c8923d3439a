// A constitution that bars a step refuses it for the party whose law it is: "Ukraine's constitution did not allow him to
// give up land", "its constitution does not allow it to give up land", "Armenia's constitution forbids ceding any
// territory", "the constitution makes it impossible to trade land". The step after the bar is refused (REJECT on its
// issue); the constitution itself is the grounds, not the issue (a constitution to amend is governance, and stays so
// elsewhere). Words: rules.json candidate/constitution-bars.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const constitutionBars = defineRule({
  id: 'candidate/constitution-bars', stage: 'candidate',
  // (Gate: every match needs a word of this list in the sentence, as the finder's own precheck says.)
  needs: [{ list: 'nouns' }],
  reason: 'A constitution (\'nouns\') as the subject of a bar on a step refuses the step: a negated permission ("does not allow him to", "did not permit it to"; \'auxiliaries\' + "not" + \'permits\' + up to \'maxObject\' words + "to"), a verb of barring (\'bars\': "forbids ceding", "prohibits any cession of") or "makes it impossible to". "Ukraine\'s constitution did not allow him to give up land" = UKR REJECT territory, "Armenia\'s constitution forbids ceding territory" = ARM REJECT territory. The step\'s words name the issue; the trigger starts after the constitution, so the constitution is not read as the issue. Not "amend its constitution", "the constitution allows a referendum".',
});

/** The bars of a sentence: for each constitution noun, the trigger from its verb to the start of the barred step. */
export function constitutionBarCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const w = (list: string) => doc.index.words(constitutionBars.id, list);
  const nouns = w('nouns');
  if (!nouns.size || !doc.sentenceWords.has(s.index, nouns)) return out;
  const { tokens } = doc;
  const maxObject = Number(doc.index.vocab.rules[constitutionBars.id]?.maxObject ?? 3);
  for (let i = s.tStart; i < s.tEnd - 3; i++) {
    if (!nouns.has(tokens[i].lower)) continue;
    let v = i + 1;
    // ("the constitution of Ukraine does not …")
    if (tokens[v]?.lower === 'of' && tokens[v + 1]?.cap) v += 2;
    let end = -1, how = '';
    if (w('auxiliaries').has(tokens[v]?.lower ?? '') && (tokens[v + 1]?.lower === 'not' || tokens[v + 1]?.lower === "n't") && w('permits').has(tokens[v + 2]?.lower ?? '')) {
      for (let j = v + 3; j < Math.min(s.tEnd - 1, v + 4 + maxObject); j++) {
        if (tokens[j].lower === 'to') { end = j + 1; break; }
        if (!tokens[j].word) break;
      }
      how = 'a negated permission';
    } else if (w('bars').has(tokens[v]?.lower ?? '')) {
      end = v + 1;
      if (tokens[end]?.lower === 'from') end++;
      how = 'a verb of barring';
    } else if (tokens[v]?.lower === 'makes' || tokens[v]?.lower === 'made' || tokens[v]?.lower === 'make') {
      if (tokens[v + 1]?.lower === 'it' && tokens[v + 2]?.lower === 'impossible' && tokens[v + 3]?.lower === 'to') { end = v + 4; how = '"makes it impossible to"'; }
    }
    if (end < 0 || end >= s.tEnd) continue;
    // (The words of the bar are no other stance: a cue found inside them gives way.)
    for (let q = raw.length - 1; q >= 0; q--) if (raw[q].start >= v && raw[q].end <= end) raw.splice(q, 1);
    const t: Trigger = { start: v, end, type: 'REJECT', cue: null, rule: 'constitution-bars', negated: false, nominal: false, complement: false, modal: false, object: 'after', modality: 'asserted', exchange: false };
    out.push({ trigger: t, detail: `the constitution bars the step (${how})` });
    i = end - 1;
  }
  return out;
}
