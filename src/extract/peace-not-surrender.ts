// A settlement said not to mean a capitulation refuses that kind of settlement: "Scholz said peace could not mean
// capitulation", "a just peace must not mean the surrender of Kosovo", "a lasting peace could not be a dictated peace",
// "peace cannot be had by freezing the war". The subject is a noun of the settlement itself (no proposal: the goal
// the speaker shares), the verb of meaning or being negated, and its complement a harm the speaker refuses as the
// price of it (its own 'harms', word forms the evaluation's list lacks too: capitulate, dictated, a freeze). The refusal is of the terms that would make
// peace a capitulation: the talks (spec §3 rule 9: a package of terms judged as a whole) unless the complement names
// an issue of its own ("freezing the war" is the ceasefire). The holder is the speaker (holder/nearest-subject).
// Word lists: lexicon/data/rules.json under the rule id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const peaceNotSurrender = defineRule({
  id: 'candidate/peace-not-surrender', stage: 'candidate',
  // (Gate: every match needs a word of this list in the sentence, as the finder's own precheck says.)
  needs: [{ list: 'harms' }],
  reason: 'A settlement said not to mean or be a capitulation ("Scholz said peace could not mean capitulation", "a just peace must not mean the surrender of Kosovo", "a lasting peace could not be a \\"dictated peace\\"", "peace cannot be had by freezing the war") is the speaker\'s refusal of such terms: REJECT, the talks (a package of terms judged whole, spec §3 rule 9) unless the complement names an issue ("freezing the war": ceasefire). The subject is one of \'nouns\' (past a short phrase: "peace in Ukraine"), then one of \'negators\' (or a modal and "not"), one of \'verbs\', and one of \'harms\' within four words. Not a settlement that cannot be reached without a party ("peace could not be reached without Russia": a demand on the format, no harm), nor an affirmative "peace means capitulation" (candidate/evaluation). Test: test/extract/peace-not-surrender.test.ts.',
});

export function peaceNotSurrenderCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string; existing?: boolean }> {
  const { tokens } = doc;
  const out: Array<{ trigger: Trigger; detail: string; existing?: boolean }> = [];
  const w = (list: string) => doc.index.words(peaceNotSurrender.id, list);
  const harms = w('harms');
  // (Speed: no sentence without one of its words can match, sentence-words.ts.)
  if (!doc.sentenceWords.has(s.index, harms)) return out;
  const nouns = w('nouns'), negators = w('negators'), modals = w('modals'), verbs = w('verbs');
  for (let i = s.tStart; i < s.tEnd - 3; i++) {
    if (!nouns.has(tokens[i].lower)) continue;
    // Past a short phrase after the noun ("peace in Ukraine", "a settlement of the conflict"), no verb or comma.
    let v = i + 1;
    if (tokens[v]?.lower === 'in' || tokens[v]?.lower === 'for' || tokens[v]?.lower === 'of') { v++; while (v < Math.min(i + 5, s.tEnd) && tokens[v].word && !modals.has(tokens[v].lower) && !negators.has(tokens[v].lower)) v++; }
    // The negation: "cannot", "can't", or a modal and "not"/"never".
    let n = v;
    if (modals.has(tokens[n]?.lower ?? '') && negators.has(tokens[n + 1]?.lower ?? '')) n += 2;
    else if (negators.has(tokens[n]?.lower ?? '') && tokens[n].lower !== 'not' && tokens[n].lower !== 'never') n += 1;
    else continue;
    if (!verbs.has(tokens[n]?.lower ?? '')) continue;
    // The harm within four words after the verb ("mean the surrender of", "be a \"dictated peace\"", "be had by freezing").
    let h = -1;
    for (let k = n + 1; k <= Math.min(n + 5, s.tEnd - 1) && h < 0; k++) {
      if (tokens[k].text === ',' || tokens[k].text === ';') break;
      if (harms.has(tokens[k].lower)) h = k;
    }
    if (h < 0) continue;
    // ("peace must not mean the surrender of Kosovo": a named party's surrender is its land given up, which the gold
    // reads as territory (optional) rather than the talks; left to the other rules.)
    if (tokens[h + 1]?.lower === 'of') { i = h; continue; }
    // ("must not mean the surrender of …": the negated modal's own refusal cue is the stance; it gets the talks as its
    // issue when its words name none.)
    const cued = raw.find((r) => r.type === 'REJECT' && r.start >= v && r.start < n);
    if (cued) {
      if (!cued.defaultIssue) { cued.defaultIssue = 'talks'; out.push({ trigger: cued, detail: 'a settlement refused as a capitulation: the talks unless it names an issue', existing: true }); }
      i = h;
      continue;
    }
    if (raw.some((r) => r.start >= i && r.start <= h)) continue;
    const t: Trigger = { start: i, end: n + 1, type: 'REJECT', cue: null, rule: 'peace-not-surrender', negated: false, nominal: false, complement: true, modal: false, object: 'after', modality: 'asserted', exchange: false, defaultIssue: 'talks' };
    out.push({ trigger: t, detail: `"${tokens[i].text} … ${tokens[n].text} … ${tokens[h].text}": a settlement refused as a capitulation` });
    i = h;
  }
  return out;
}
