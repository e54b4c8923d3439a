// A meeting said to be possible once something happens (issue 7, "conditions"): "A meeting between Aliyev and
// Pashinyan was possible only after the delegations had reached concrete agreements, Baku's envoy said", "A summit of
// the two leaders, the minister said, could take place once a draft treaty is ready". Whoever says a meeting can take
// place on a condition signals that its side would meet: an offer of talks (spec §2 OFFER). With "only" ("could only
// take place once …", "possible only after …") it sets terms: the condition cues of cues.json ("only after",
// "could only take place") demand what the condition names, no offer; three of five gold readings take no offer from it. No party is the subject, so the quote's or the
// sentence's speaker holds it (as a deontic). A meeting said to be impossible until then ("no meeting was possible
// before …", "could not take place until …") refuses it. Without a condition a possible meeting is only an offer when
// "possible" says so ("a meeting was possible, the Kremlin said"); "the meeting could take place next week" is a
// schedule. Word lists: lexicon/data/rules.json under the id.
import { splitPhrases } from '../annotate/phrase-end.js';
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';
import type { Trigger } from './triggers.js';
import { NEGATORS } from './negators.js';
import { reportedMeetingAt, reportedMeetingTime } from './reported-meeting-time.js';

export const possibleMeeting = defineRule({
  id: 'candidate/possible-meeting', stage: 'candidate',
  // (Gate: every match needs a word of this list in the sentence, as the finder's own precheck says.)
  needs: [{ list: 'nouns' }],
  reason: 'A meeting (\'nouns\', up to a phrase naming who meets and a parenthesis of saying) that "was possible", "would be possible" (\'copulas\' + "possible") or "could take place" (a modal + one of \'happenings\') once, after, if or when something happens (\'conditions\') is the speaker\'s offer of talks ("only" makes it terms, which the condition cues demand: no offer); negated ("was not possible until …", "could not take place before …") a refusal. "possible" alone offers without a condition; a verb of happening alone is a schedule, no stance.',
});

/** The denials (negators.ts) and "impossible", which denies "possible" in one word. */
const NEGATIONS: ReadonlySet<string> = new Set([...NEGATORS, 'impossible']);

/** OFFER (or REJECT) triggers of talks for a meeting said to be possible on a condition, in the sentence. */
export function possibleMeetingCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string; rule: string }> {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(possibleMeeting.id, list);
  const lower = (k: number) => tokens[k]?.lower ?? '';
  const out: Array<{ trigger: Trigger; detail: string; rule: string }> = [];
  const nouns = w('nouns');
  // (Every match names a meeting: a sentence without one of 'nouns' returns at once, the document's word index.)
  if (!doc.sentenceWords.has(s.index, nouns)) return out;
  const copulas = w('copulas'), modals = w('modals'), happenings = splitPhrases(w('happenings'));
  const conditions = w('conditions'), stops = w('stops'), saying = w('sayingVerbs'), adverbs = w('adverbs');
  for (let n = s.tStart; n < s.tEnd; n++) {
    if (!nouns.has(lower(n))) continue;
    // The predicate within a few words after the noun: past a phrase naming who meets ("between Aliyev and
    // Pashinyan") and a parenthesis of saying (", the envoy said,"), not past another verb or clause.
    let k = n + 1;
    let negated = false;
    let pred = -1, predEnd = -1, possibleWord = false, skipped = -1;
    while (k < s.tEnd && k <= n + 14 && pred < 0) {
      const x = lower(k);
      if (tokens[k].text === ',') {
        // (", the envoy said," is skipped whole; any other comma ends the subject.)
        let c = k + 1;
        while (c < s.tEnd && c <= k + 6 && tokens[c].text !== ',' && !saying.has(lower(c))) c++;
        if (saying.has(lower(c))) { while (c < s.tEnd && tokens[c].text !== ',') c++; if (tokens[c]?.text === ',') { k = c + 1; skipped = k; continue; } }
        break;
      }
      if (stops.has(x) || (!tokens[k].word && tokens[k].text !== '-')) break;
      if (NEGATIONS.has(x)) negated = true;
      if (copulas.has(x)) {
        let j = k + 1;
        while (j < s.tEnd && j <= k + 3 && (lower(j) === 'be' || adverbs.has(lower(j)))) { if (NEGATIONS.has(lower(j))) negated = true; j++; }
        if (lower(j) === 'possible' || lower(j) === 'impossible') { pred = k; predEnd = j + 1; possibleWord = true; if (lower(j) === 'impossible') negated = true; }
        else if (x === 'is' || x === 'was' || x === 'are' || x === 'were') break;
      }
      if (pred < 0 && modals.has(x)) {
        let j = k + 1;
        // (Also the "n't" of "couldn't", cut into a mark and "t".)
        while (j < s.tEnd && j <= k + 3 && (adverbs.has(lower(j)) || lower(j) === 't' || tokens[j].text === "'" || tokens[j].text === '’')) { if (NEGATIONS.has(lower(j))) negated = true; j++; }
        const h = happenings.find((p) => p.every((y, m) => lower(j + m) === y));
        if (h) { pred = k; predEnd = j + h.length; }
        else if (lower(j) !== 'be') break;
      }
      k++;
    }
    if (pred < 0) continue;
    // The condition right after the predicate: needed unless "possible" says so. ("Only" sets terms, no offer: "a summit
    // could only take place once a treaty is initialled", "talks would only be possible after the troops leave" demand
    // what the condition names.)
    let c = predEnd;
    // (Past a parenthesis of saying after the predicate, "could take place, he said, once a treaty was ready", as before it.)
    if (tokens[c]?.text === ',') {
      let e = c + 1;
      while (e < s.tEnd && e <= c + 6 && tokens[e].text !== ',' && !saying.has(lower(e))) e++;
      if (saying.has(lower(e))) { while (e < s.tEnd && tokens[e].text !== ',') e++; if (tokens[e]?.text === ',' && conditions.has(lower(e + 1))) c = e + 1; }
    }
    // ("possible only after …": the condition's own cue, "only after", demands it.)
    if (lower(c) === 'only') continue;
    let only = false;
    for (let j = pred; j < predEnd; j++) if (lower(j) === 'only') only = true;
    const conditioned = conditions.has(lower(c)) || (lower(c) === 'as' && lower(c + 1) === 'soon');
    // (With no condition, a happening a party says will come is its proposal of the talks: candidate/reported-meeting-time.)
    const proposal = !conditioned && !possibleWord && !negated && reportedMeetingAt(doc, s, n, pred);
    if (!conditioned && !(possibleWord && !negated) && !proposal) continue;
    // ("could only take place once …", "would only be possible if …": the condition cue of cues.json demands it.)
    if (only) continue;
    // (A stance already found on these words, a cue of its own, stays.)
    if (raw.some((r) => (r.start <= n && n < r.end) || (r.start >= n && r.start < predEnd && r.rule !== 'condition' && r.cue?.id !== 'condition'))) continue;
    // (Past a parenthesis of saying the stance starts at its predicate: the speaker in it is no part of the quote, and the
    // holder rules find it there, as for "Russia, he said, would …".)
    const start = skipped > 0 ? skipped : n;
    if (proposal) {
      const t: Trigger = { start, end: predEnd, type: 'PROPOSE', cue: null, rule: 'reported-meeting-time', negated: false, nominal: false, complement: false, modal: true, object: 'after', modality: 'possible', exchange: false, defaultIssue: 'talks', contentEnd: predEnd };
      out.push({ trigger: t, rule: reportedMeetingTime.id, detail: `"${tokens[n].text} … ${doc.text.slice(tokens[pred].start, tokens[predEnd - 1].end)}": a meeting a speaker says will be held, its proposal` });
      continue;
    }
    const t: Trigger = { start, end: predEnd, type: negated ? 'REJECT' : 'OFFER', cue: null, rule: 'possible-meeting', negated, nominal: false, complement: false, modal: true, object: 'after', modality: conditioned ? 'conditional' : 'possible', exchange: false, defaultIssue: 'talks', contentEnd: predEnd };
    out.push({ trigger: t, rule: possibleMeeting.id, detail: `"${tokens[n].text} … ${doc.text.slice(tokens[pred].start, tokens[predEnd - 1].end)}"${conditioned ? ` + "${tokens[c].text}"` : ''}: a meeting said to be ${negated ? 'impossible' : 'possible'}` });
  }
  return out;
}
