// Nothing will move until the leaders meet: "Trump said nothing would happen until he and Putin met", "'Nothing is
// going to happen until Putin and I get together'", "Aliyev said no deal would be done until he and Pashinyan sat down
// together". The clause before "until" denies any progress, the clause after it names a meeting of leaders: the speaker
// puts that meeting forward as the way on, a proposal of talks (spec §2 PROPOSE, "a format"; the tuning gold files the
// nine reports of Trump's words PROPOSE, some also OFFER or DEMAND). No cue fires on such a sentence: "nothing" is no
// verb of refusing and "until" only marks a condition of a stance found elsewhere. The denial must be of what is to
// come ("would", "will", "is going to"), said by someone; a past narrative ("Nothing happened until the two leaders
// met in Geneva") reports. An until-clause naming no meeting ("until Russia withdraws") is a condition, left to the
// condition rules. No party is the subject, so the sentence's speaker holds it. Word lists: rules.json under the id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';
import type { Trigger } from './triggers.js';

export const untilMeeting = defineRule({
  id: 'candidate/until-meeting', stage: 'candidate',
  needs: [{ word: 'until' }, { list: 'negatives' }],
  reason: 'A denial of any progress to come (\'negatives\': "nothing", "no" + a noun, before a future \'modals\' word in the clause) followed by "until" and a clause whose verb is one of meeting (\'meetVerbs\', "met"; \'phraseVerbs\' with one of \'particles\', "get together", "sit down") within eight words is the speaker\'s proposal of that meeting: "Trump said nothing would happen until he and Putin met" = USA PROPOSE talks. Not without a verb of saying or a quote in the sentence, not when a stance was already found on those words.',
});

/** PROPOSE triggers of talks for "nothing will happen until X and Y meet", in the sentence. */
export function untilMeetingCandidates(doc: Doc, s: Sentence, raw: Trigger[]): Array<{ trigger: Trigger; detail: string }> {
  const { tokens } = doc;
  const lower = (k: number) => tokens[k]?.lower ?? '';
  const w = (list: string) => doc.index.words(untilMeeting.id, list);
  const out: Array<{ trigger: Trigger; detail: string }> = [];
  const negatives = w('negatives'), modals = w('modals'), meetVerbs = w('meetVerbs'), phraseVerbs = w('phraseVerbs'), particles = w('particles');
  const speech = doc.index.words('speech-verbs');
  let said = false;
  for (let k = s.tStart; k < s.tEnd; k++) if (speech.has(lower(k)) || tokens[k].text === '"' || tokens[k].text === '“') { said = true; break; }
  if (!said) return out;
  for (let u = s.tStart + 2; u < s.tEnd; u++) {
    if (lower(u) !== 'until') continue;
    // The denial: a negative word, then a future modal, within ten words before "until", in the same clause (no comma
    // or saying verb between).
    let neg = -1, modal = -1;
    for (let k = u - 1; k >= s.tStart && k >= u - 10; k--) {
      const x = lower(k);
      if (tokens[k].text === ',' || tokens[k].text === ';' || speech.has(x)) break;
      if (modals.has(x)) modal = k;
      if (negatives.has(x)) { neg = k; break; }
    }
    if (neg < 0 || modal < 0 || modal < neg) continue;
    // ("no" must deny a thing, "no deal", "no progress": not "no longer", not "no one".)
    if (lower(neg) === 'no' && !(tokens[neg + 1]?.word && !['longer', 'one', 'more', 'sooner', 'doubt'].includes(lower(neg + 1)))) continue;
    // The meeting: a verb of meeting within eight words after "until", before any comma.
    let end = -1;
    for (let k = u + 1; k < s.tEnd && k <= u + 8; k++) {
      if (tokens[k].text === ',' || tokens[k].text === ';') break;
      if (meetVerbs.has(lower(k))) { end = k + 1; break; }
      // ("get together", "sat down": the verb only with its particle; "until they get a deal" is no meeting.)
      if (phraseVerbs.has(lower(k)) && particles.has(lower(k + 1))) { end = k + 2; break; }
    }
    if (end < 0) continue;
    if (raw.some((r) => r.start < end && r.end > neg)) continue;
    const t: Trigger = { start: neg, end, type: 'PROPOSE', cue: null, rule: 'until-meeting', negated: false, nominal: false, complement: false, modal: true, object: 'after', modality: 'possible', exchange: false, defaultIssue: 'talks', contentEnd: end };
    out.push({ trigger: t, detail: `"${tokens[neg].text} … until … ${tokens[end - 1].text}": nothing moves until a meeting, which the speaker puts forward` });
  }
  return out;
}
