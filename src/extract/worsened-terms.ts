// A side that says its terms will get worse warns the other side to take them now (spec §2 THREATEN: a harmful step
// announced, here harsher terms): "the conditions for talks would be different next time", "Russia's demands could
// include more regions", "Moscow's negotiating position will be revised", "attempts to drag out the talks would only
// lead to additional demands", "next time you may lose more than four regions". The worsening is the threat; the terms
// themselves are no new demand. Issue: what the worse terms name (more regions: territory), else the talks. A harsher
// demand raised by a verb ("next time Russia would also demand Kharkiv") is claim/escalated-demand's; "Baku's terms would
// become tougher if …" under a condition is candidate/unnamed-refusal-consequence's. Word lists: lexicon/data/rules.json
// candidate/worsened-terms.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const worsenedTerms = defineRule({
  id: 'candidate/worsened-terms', stage: 'candidate',
  reason: 'Terms that will get worse are a warning, a THREATEN (talks, or the issue the worse terms name): one of \'termsNouns\' ("demands", "conditions", "position", "terms"), at most four words of its phrase after it ("for talks"), then one of \'modals\', at most "only", and a predicate of worsening (\'worsening\': "change", "grow", "include" with one of \'more\' after it; "be"/"become" + one of \'worse\': "different", "tougher", "revised", "raised"); or a modal + "lead to"/"result in" + one of \'more\' + a terms noun ("would only lead to additional demands"); or a later occasion (\'occasions\': "next time") + a modal + "lose" + one of \'more\' ("next time you may lose more than four regions"). Not terms that "would not change" (negated), not a past change ("the conditions were different then": no modal), not "the position will be set out" (no worsening), not terms easing ("would be softer": not one of \'worse\').',
});

/** THREATEN triggers of terms getting worse in the sentence. */
export function worsenedTermsCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(worsenedTerms.id, list);
  const modals = w('modals');
  // (Speed: a sentence with no terms noun and no "lose" cannot match, sentence-words.ts.)
  const nouns = w('termsNouns');
  if (!doc.sentenceWords.has(s.index, nouns) && !doc.sentenceWords.hasWord(s.index, 'lose')) return out;
  const lower = (k: number) => tokens[k]?.lower ?? '';
  const more = w('more'), worse = w('worse'), worsening = w('worsening'), occasions = w('occasions');
  const taken = (k: number) => raw.some((r) => r.type === 'THREATEN' && r.start <= k && k < r.end);
  // (A predicate of its subject, "the conditions would be different", reads its subject and takes the sentence's speaker,
  // as holder/predicate-speaker does, not the party of an "if" clause before it: object 'before'.)
  const emit = (start: number, end: number, detail: string, issue: string, object: 'before' | 'after' = 'after') => {
    const t: Trigger = { start, end, type: 'THREATEN', cue: null, rule: 'worsened-terms', negated: false, nominal: false, complement: false, modal: false, object, modality: 'asserted', exchange: false, defaultIssue: issue };
    out.push({ trigger: t, detail });
  };
  for (let m = s.tStart + 1; m < s.tEnd - 1; m++) {
    if (!modals.has(lower(m)) || taken(m)) continue;
    let v = m + 1;
    while (v < s.tEnd && (lower(v) === 'only' || lower(v) === 'also' || lower(v) === 'then' || lower(v) === 'probably')) v++;
    if (lower(v) === 'not' || lower(v) === 'never') continue;
    // "would only lead to additional demands", "will result in new conditions".
    if ((lower(v) === 'lead' && lower(v + 1) === 'to') || (lower(v) === 'result' && lower(v + 1) === 'in')) {
      let k = v + 2;
      while (k < v + 5 && !more.has(lower(k))) k++;
      if (!more.has(lower(k)) || !nouns.has(lower(k + 1))) continue;
      // (The judgement "would only lead to …" read as an evaluation is this warning: one claim, a threat.)
      for (let r = raw.length - 1; r >= 0; r--) if (raw[r].start >= m && raw[r].start <= k + 1 && raw[r].type === 'REJECT') raw.splice(r, 1);
      emit(m, k + 2, `"${tokens[m].text} … ${tokens[v].text} … ${tokens[k + 1].text}": more terms to come, a warning`, 'talks');
      continue;
    }
    // "next time you may lose more than four regions": the occasion before the modal, in its clause.
    if (lower(v) === 'lose' && more.has(lower(v + 1))) {
      let occasion = false;
      for (let k = m - 1; k >= Math.max(s.tStart, m - 6) && !occasion; k--) occasion = occasions.has(`${lower(k)} ${lower(k + 1)}`);
      if (occasion) emit(m, v + 2, `"next time … ${tokens[m].text} lose more": a loss held out for later, a warning`, 'territory');
      continue;
    }
    // The subject: a terms noun right before the modal, or up to four words of its phrase before it ("the conditions
    // for talks would …"), with no verb of its own between (no comma, no "that").
    let noun = -1;
    for (let k = m - 1; k >= Math.max(s.tStart, m - 5); k--) {
      if (nouns.has(lower(k))) { noun = k; break; }
      if (!tokens[k].word || lower(k) === 'that' || lower(k) === 'which') break;
    }
    if (noun < 0) continue;
    let end = -1, object: 'before' | 'after' = 'before';
    if (worsening.has(lower(v))) {
      object = 'after';
      // ("could include more regions": including is worse only with more; "will change" is enough.)
      if (lower(v) === 'include' || lower(v) === 'cover') { if (more.has(lower(v + 1)) || (lower(v + 1) === 'also')) end = v + 2; }
      else end = v + 1;
    } else if (lower(v) === 'be' || lower(v) === 'become' || lower(v) === 'get') {
      let k = v + 1;
      if (lower(k) === 'even' || lower(k) === 'much' || lower(k) === 'very' || lower(k) === 'quite' || !tokens[k]?.word) k++;
      if (!tokens[k]?.word && tokens[k + 1]?.word) k++;
      if (worse.has(lower(k))) end = k + 1;
    }
    if (end < 0) continue;
    // (The terms noun is the subject of the warning, no demand of its own: "Russia's demands could include more regions"
    // demands nothing now.)
    // (Nor is a participle spelling out the worse terms, ", naming Kharkiv and Sumy": they are the threat's content.)
    const spelled = (r: Trigger) => r.rule === 'list-noun' && r.type === 'DEMAND' && r.start > end && r.start <= end + 4 && tokens[r.start - 1].text === ',';
    for (let r = raw.length - 1; r >= 0; r--) if ((raw[r].start <= noun && noun < raw[r].end && raw[r].type !== 'THREATEN') || spelled(raw[r])) raw.splice(r, 1);
    emit(m, end, `"${tokens[noun].text} ${tokens[m].text} … ${tokens[end - 1].text}": terms that will get worse, a warning`, 'talks', object);
  }
  return out;
}
