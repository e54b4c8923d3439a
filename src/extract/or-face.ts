// A demand with its penalty after "or" (issue 7, threats stated without "threaten"): "The Kremlin urged Kyiv to begin
// negotiations now or face losing more territory", "Pristina must dismantle the parallel structures or face the
// suspension of EU funds", "told Belgrade to comply or risk its candidacy". What the party asked will suffer if it
// does not comply is the asker's threat (spec §2 THREATEN: "warns of a harmful step unless something happens"), and
// the penalty is no part of what is asked: the demand's content ends at "or". Word lists: lexicon/data/rules.json
// under the rule's id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';
import { QUOTE_MARKS } from './quote-marks.js';

export const orFace = defineRule({
  id: 'candidate/or-face', stage: 'candidate',
  // (Gate: every match is "or" ("or else") before one of 'verbs'.)
  needs: [{ word: 'or' }, { list: 'verbs' }],
  reason: '"urged Kyiv to begin negotiations now or face losing more territory", "must dismantle the parallel structures or face the suspension of EU funds": "or" (or "or else") and one of \'verbs\' of suffering after a demand of the same sentence (a DEMAND candidate before it, not negated) is a threat of the penalty that follows, held by the demand\'s holder (holder/or-face); the demand\'s content ends at "or". Not without a demand before it ("farmers face losing their crops or face ruin" asks nothing), nor an alternative demanded ("return the assets or pay compensation": paying is no penalty suffered). A quote mark may open the penalty (\'or face "massive" new sanctions\').',
});

export const orFaceHolder = defineRule({
  id: 'holder/or-face', stage: 'holder',
  reason: 'The penalty after "or" in "urged Kyiv to begin negotiations now or face losing more territory" is threatened by whoever holds the demand before it (the Kremlin), not by the party asked, which stands nearer as the subject of "face".',
});

export function orFaceCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const { tokens } = doc;
  let verbs: Set<string> | null = null;
  for (let i = s.tStart + 2; i < s.tEnd - 2; i++) {
    if (tokens[i].lower !== 'or') continue;
    const v = tokens[i + 1].lower === 'else' ? i + 2 : i + 1;
    verbs ??= doc.index.words(orFace.id, 'verbs');
    // (A quote mark may open the penalty: 'or face "massive" new sanctions'.)
    let w = v + 1;
    while (w < s.tEnd && QUOTE_MARKS.has(tokens[w].text)) w++;
    if (!verbs.has(tokens[v].lower) || !tokens[w]?.word) continue;
    if (!raw.some((r) => r.type === 'DEMAND' && !r.negated && r.end <= i)) continue;
    if (raw.some((r) => r.start <= v && v < r.end)) continue;
    const trigger: Trigger = { start: i, end: v + 1, type: 'THREATEN', cue: null, rule: 'or-face', negated: false, nominal: false, complement: false, modal: false, object: 'after', modality: 'conditional', exchange: false, defaultIssue: 'other' };
    out.push({ trigger, detail: `a demand, then "${tokens[i].text} ${tokens[v].text}": its penalty` });
  }
  return out;
}
