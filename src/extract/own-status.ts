// A party that says it would remain, stay, become or declare itself neutral, non-aligned or non-nuclear (candidate/
// own-status): "Ukraine would also remain non-nuclear", "Moldova will stay a neutral country", "Armenia would declare
// itself a neutral, non-nuclear state". The status is a concession of the party's own (spec rule 7: "Ukraine refuses to
// join military unions" said as a promise is an offer), so the party offers it: OFFER on the issue the status names
// (alliance, military_limits). No cue read it: "remain" and "become" are no verbs of conceding, and a status is no act.
// Read: a party mention (a pronoun resolved to one too) ending right before one of 'modals' ("would", "will"; not
// "must", "should", "would have to": a status required of a party is another's demand), optional 'adverbs', one of
// 'verbs' ("remain", "stay", "become", "be"; "declare itself"), then within 'maxWords' words one of 'statusWords'. Not
// negated ("would not remain neutral" offers nothing), not where another stance already covers the words. Inside a
// plan the plan's reading decides the holder (sentence/plan-proposes keeps a principal side's own offer; a mediator's
// plan proposes it). Words: rules.json candidate/own-status.
import { splitPhrases } from '../annotate/phrase-end.js';
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';
import { NEGATORS } from './negators.js';

export const ownStatus = defineRule({
  id: 'candidate/own-status', stage: 'candidate',
  // (Gate: every match needs a word of this list in the sentence, as the finder's own precheck says.)
  needs: [{ list: 'statusHeads' }],
  reason: 'A party that would remain, stay, become or declare itself neutral, non-aligned, non-bloc or non-nuclear ("Ukraine would also remain non-nuclear", "Moldova will stay a neutral country", "Armenia would declare itself a neutral, non-nuclear state") offers that status, a concession of its own (spec rule 7): OFFER on the issue the status names. The party mention ends right before one of \'modals\' (not a deontic: "Ukraine must remain neutral" is another\'s demand), then optional \'adverbs\', one of \'verbs\' (or "declare itself"), and one of \'statusWords\' within \'maxWords\' words. Not negated.',
});

/** OFFER triggers for a party's own status of neutrality or non-nuclear status that it would keep or take on. */
export function ownStatusCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const w = (list: string) => doc.index.words(ownStatus.id, list);
  if (!doc.sentenceWords.has(s.index, w('statusHeads'))) return out;
  // (A hyphenated status is three tokens: "non", "-", "nuclear".)
  const phrases = splitPhrases(w('statusPhrases'));
  const { tokens } = doc;
  const lower = (k: number) => tokens[k]?.lower ?? '';
  // (Not a bullet of a list: "Key provisions: • Armenia will remain a neutral state" is what the list's plan provides,
  // read by the list rules as its authors' proposal.)
  if (!tokens[s.tStart]?.word) return out;
  const modals = w('modals'), adverbs = w('adverbs'), verbs = w('verbs'), fillers = w('fillers');
  const max = Number(doc.index.vocab.rules[ownStatus.id]?.maxWords ?? 4);
  const mentions = doc.actorsBySentence.get(s.index) ?? [];
  for (let k = s.tStart + 1; k < s.tEnd; k++) {
    if (!modals.has(lower(k))) continue;
    const m = mentions.find((a) => a.end === k && !a.possessive && a.codes.length > 0);
    if (!m) continue;
    let j = k + 1;
    while (j < s.tEnd && adverbs.has(lower(j))) j++;
    if (NEGATORS.has(lower(j)) || NEGATORS.has(lower(k + 1))) continue;
    if (lower(j) === 'declare' && lower(j + 1) === 'itself') j += 2;
    else if (verbs.has(lower(j))) j++;
    else continue;
    let end = -1;
    for (let q = j, n = 0; q < s.tEnd && n <= max; q++) {
      const hit = phrases.find((p) => p.every((y, i) => lower(q + i) === y));
      if (hit) { end = q + hit.length; break; }
      if (!tokens[q].word && tokens[q].text !== ',' && tokens[q].text !== '-') break;
      if (tokens[q].word && !adverbs.has(lower(q)) && !fillers.has(lower(q))) break;
      if (tokens[q].word) n++;
    }
    if (end < 0) continue;
    // ("Switzerland would remain a neutral venue", "would stay neutral in the conflict": a place or a side taken in a
    // war, not a status of alliance.)
    if (w('notAfter').has(lower(end))) continue;
    // The status's own words are the content: on past more of them ("a neutral, non-nuclear state") and the noun of a
    // state after them, not into a condition or an aside ("…, provided a group of countries guarantees its security,
    // in the most substantive round of talks": 'heads').
    let contentEnd = end;
    for (let q = end; q < s.tEnd; q++) {
      const more = phrases.find((p) => p.every((y, i) => lower(q + i) === y));
      if (more) { q += more.length - 1; contentEnd = q + 1; continue; }
      if (tokens[q].text === ',' || fillers.has(lower(q)) || adverbs.has(lower(q))) continue;
      if (w('heads').has(lower(q))) contentEnd = q + 1;
      break;
    }
    // ("would declare itself neutral": the cue declare-truce, which needs a truce, gives way.)
    if (raw.some((r) => r.start < end && k < r.end && r.cue?.id !== 'declare-truce')) continue;
    // (Not a modal for the holder rules: the party before it holds its own status, not the speaker of the sentence.)
    const t: Trigger = { start: k, end, type: 'OFFER', cue: null, rule: 'own-status', negated: false, nominal: false, complement: false, modal: false, object: 'after', modality: 'asserted', exchange: false, contentEnd };
    out.push({ trigger: t, detail: `"${doc.text.slice(tokens[k].start, tokens[end - 1].end)}": a status of its own the party would keep or take on` });
  }
  return out;
}
