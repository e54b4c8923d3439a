// A verb of listing whose object ends in a colon introduces the items of the lister's position ("Aliyev listed the
// principles: the withdrawal of Armenian troops …", "The readout then listed what that means: …"). "listed" is not a
// cue of its own (it lists casualties and sanctioned firms just as well); only the colon makes the list a position.
// Word lists: lexicon/data/rules.json under the same id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const listedColon = defineRule({
  id: 'candidate/listed-colon', stage: 'candidate',
  reason: 'A verb of listing ("listed", "enumerated") whose object ends in a colon within a few words ("Aliyev listed the principles: …", "the readout listed what that means: …", "an envoy listed Yerevan\'s agenda to reporters: …") introduces its subject\'s position: the nominal items after the colon are its DEMAND. Not when another stance cue stands between the verb and the colon (that cue types the list), nor with fewer than two words after the colon.',
});

const w = (doc: Doc, list: string) => doc.index.words(listedColon.id, list);

export function listedColonCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const { tokens } = doc;
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const verbs = w(doc, 'verbs');
  const gap = Number([...w(doc, 'gap')][0] ?? 10);
  for (let k = s.tStart; k < s.tEnd; k++) {
    if (!verbs.has(tokens[k].lower)) continue;
    let c = k + 1;
    while (c < s.tEnd && c <= k + gap && tokens[c].text !== ':' && tokens[c].text !== '.' && tokens[c].text !== ';') c++;
    if (tokens[c]?.text !== ':' || c + 2 >= s.tEnd) continue;
    // (A cue between the verb and the colon, "listed the demands:", already types the list.)
    if (raw.some((r) => r.start >= k && r.start < c)) continue;
    const trigger: Trigger = { start: k, end: c + 1, type: 'DEMAND', cue: null, rule: 'listed-colon', negated: false, nominal: true, complement: false, modal: false, object: 'after', modality: 'asserted', exchange: false, contentEnd: s.tEnd };
    out.push({ trigger, detail: `${tokens[k].lower} …: “${tokens.slice(c + 1, s.tEnd).map((x) => x.text).join(' ').slice(0, 60)}”` });
    k = c;
  }
  return out;
}
