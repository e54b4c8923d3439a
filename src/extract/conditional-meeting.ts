// A meeting of the talks said to be possible only on a condition ("a meeting between Putin and Zelensky was possible
// only after the delegations had reached concrete agreements", "a summit of the two leaders could take place only once
// a draft treaty is agreed") signals that the speaker's side would meet, on that condition: an OFFER of the meeting,
// the talks (spec §2: OFFER, the actor would itself do something; conditions are claims' own). The cue condition
// ("only after", "only once", "only if", "only when") reads the condition as a DEMAND of its content; when that content
// is the talks' own progress (no issue other than the talks before the clause ends), the stance stated is the meeting
// offered. A condition naming another issue stays a demand of it ("a summit would be possible only if Armenia changed
// its constitution" demands the change). Read: the cue opens with "only"; before it, one of 'possibleWords' ("possible",
// "place" of "take place", "happen", "held") within two words; before that, within 'window' tokens and no clause
// mark (';', ':'), one of 'meetingNouns' as a subject; no negator between ("a meeting is not possible until …").
// Words: rules.json trigger/conditional-meeting.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';

const lower = (doc: Doc, i: number) => doc.tokens[i]?.lower ?? '';

export const conditionalMeeting: MatchRule = defineRule({
  id: 'trigger/conditional-meeting', stage: 'trigger',
  reason: 'A meeting said to be possible only on a condition about the talks themselves ("a meeting between Putin and Zelensky was possible only after the delegations had reached concrete agreements") is an OFFER of the meeting on that condition, not a DEMAND: the cue condition after one of \'possibleWords\' whose subject is one of \'meetingNouns\' (within \'window\' tokens, no clause mark, no negator), when the condition names no issue other than the talks before its clause ends; a condition naming another issue stays a demand of it ("possible only if Armenia changed its constitution").',
  apply(t, { doc, s }) {
    if (t.cue?.id !== 'condition' || t.type !== 'DEMAND' || t.negated || lower(doc, t.start) !== 'only') return;
    const w = (list: string) => doc.index.words(conditionalMeeting.id, list);
    const possible = w('possibleWords'), meetings = w('meetingNouns'), negators = w('negators');
    let pred = -1;
    for (let k = t.start - 1; k >= Math.max(s.tStart, t.start - 2); k--) if (possible.has(lower(doc, k))) { pred = k; break; }
    if (pred < 0) return;
    const window = Number([...w('window')][0] ?? 16);
    let meeting = -1;
    for (let k = pred - 1; k >= Math.max(s.tStart, pred - window); k--) {
      const x = lower(doc, k);
      if (x === ';' || x === ':' || x === '.') return;
      if (negators.has(x)) return;
      if (meetings.has(x)) { meeting = k; break; }
    }
    if (meeting < 0) return;
    // (The condition's content, to the end of its clause, names no issue but the talks.)
    for (let q = t.end; q < s.tEnd; q++) {
      const x = doc.tokens[q];
      if (x.text === ';' || x.text === ',' || x.text === ':') break;
      if (doc.issueAt.get(q)?.values.some((v) => v.issue !== '_noise' && v.issue !== 'talks' && !v.weak)) return;
    }
    t.type = 'OFFER';
    t.defaultIssue = 'talks';
    return { change: `a meeting ("${doc.tokens[meeting].text}") possible only on a condition of the talks: OFFER of the meeting` };
  },
});
