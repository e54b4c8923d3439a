// A settlement wanted by negotiated means (issue 7, stance predicates): "We have to resolve the issue through
// diplomacy and dialogue", "We must end this war at the negotiating table", "the war could only end through
// negotiations". The speaker puts forward talks as the way to settle; it is no obligation of its own (the
// self-obligation drop) nor a bare wish (want-needs-act), and the "only" form is not a modal passive's precondition.
// Word lists: lexicon/data/rules.json under the rule's id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const negotiatedMeans = defineRule({
  id: 'candidate/negotiated-means', stage: 'candidate',
  // (Gate: every match needs a word of this list in the sentence, as the finder's own precheck says.)
  needs: [{ list: 'settleVerbs' }],
  reason: 'A verb of settling a conflict ("end", "resolve", "settle", "solve") that its speaker must, needs to, wants to or can only do, followed in its clause by a means of talks ("through dialogue", "via diplomacy", "at the negotiating table", "by peaceful means"), proposes talks: "We have to resolve the issue through diplomacy and dialogue" = PROPOSE talks by the speaker; "the war could only end through negotiations" likewise. Not a settlement by other means ("must end the war on the battlefield") and not one with no stance before it ("the war ended through negotiations"); an analyst holds nothing (no party).',
});

export function negotiatedMeansCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string; replaced?: boolean }> {
  const { tokens } = doc;
  const out: Array<{ trigger: Trigger; detail: string; replaced?: boolean }> = [];
  const w = (list: string) => doc.index.words(negotiatedMeans.id, list);
  const verbs = w('settleVerbs');
  // (Speed: no sentence without one of its words can match, sentence-words.ts.)
  if (!doc.sentenceWords.has(s.index, verbs)) return out;
  const markers = w('markers'), preps = w('meansPreps'), breaks = w('clauseBreaks');
  for (let i = s.tStart + 1; i < s.tEnd - 2; i++) {
    if (!verbs.has(tokens[i].lower)) continue;
    // Before the verb (three words at most, "to" and "be" skipped): the stance marker.
    let m = i - 1;
    while (m > s.tStart && m >= i - 3 && (tokens[m].lower === 'to' || tokens[m].lower === 'be' || tokens[m].lower === 'only')) m--;
    if (!markers.has(tokens[m].lower)) continue;
    // ("have to", "needs to", "wants to": not the perfect "have resolved" nor "need" as a noun.)
    if (w('toMarkers').has(tokens[m].lower) && tokens[m + 1]?.lower !== 'to') continue;
    // After it, in its clause (eight words at most): a means preposition and a term of the talks.
    let found = -1, end = -1;
    for (let j = i + 1; j < Math.min(i + 9, s.tEnd); j++) {
      // (A comma before the means goes on: "to settle this dispute peacefully, through negotiations".)
      if (breaks.has(tokens[j].lower) && !(tokens[j].text === ',' && preps.has(tokens[j + 1]?.lower ?? ''))) break;
      if (!preps.has(tokens[j].lower)) continue;
      for (let k = j + 1; k < Math.min(j + 4, s.tEnd); k++) {
        const term = doc.issueAt.get(k);
        if (term && !term.values.some((v) => v.weak) && term.values.some((v) => v.issue === 'talks')) { found = j; end = term.end; break; }
      }
      if (found >= 0) break;
    }
    // A modal's offer with "only" before the verb ("could only end through negotiations") is a precondition, not an
    // offer of the speaker's own: it becomes the proposal too.
    const only = tokens[i - 1].lower === 'only';
    const replaceable = (r: Trigger) => r.type === 'DEMAND' || (only && r.type === 'OFFER' && r.rule === 'modal-offer');
    if (found < 0 || raw.some((r) => r.start >= m && r.start < end && !replaceable(r))) continue;
    const detail = `"${tokens[m].text} … ${tokens[i].text} ${tokens[found].text} …": settling by talks`;
    // The marker's own demand ("must", "want") becomes the proposal: it obliges or wishes nothing of another party.
    const k = raw.findIndex((r) => replaceable(r) && r.start >= m && r.start <= i);
    if (k >= 0) {
      raw[k] = { ...raw[k], type: 'PROPOSE', rule: 'negotiated-means', end: Math.max(raw[k].end, i + 1) };
      out.push({ trigger: raw[k], detail, replaced: true });
    } else {
      const t: Trigger = { start: i, end: i + 1, type: 'PROPOSE', cue: null, rule: 'negotiated-means', negated: false, nominal: false, complement: false, modal: false, object: 'after', modality: 'asserted', exchange: false };
      out.push({ trigger: t, detail });
    }
    i = end;
  }
  return out;
}
