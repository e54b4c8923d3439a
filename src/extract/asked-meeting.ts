// A new meeting of the talks that a party asks, presses or calls for ("Kyiv had asked for a direct meeting between the
// heads of state", "Yerevan pressed for a leaders' peace summit later this year", "Baku has sought a trilateral meeting
// with Brussels") puts a format of the talks forward: PROPOSE talks (spec §2: a format is proposed), as a meeting
// wanted ("wants a first meeting of the group", trigger/want-needs-act wantedFormat) or hoped held. The cues press-for
// and call-for read it as a DEMAND. Read: right after the cue (past an optional "for"), one of 'openers', up to
// 'maxWords' words of its noun phrase (none of 'stops'), then one of 'meetingNouns' as the phrase's head: the word
// after it is no word, or one of 'after' ("a summit declaration" is a document, not a meeting); not "to be" after it
// ("asked for the meeting to be postponed"); a "round" of something else than the talks is none ("a new round of
// sanctions"). Not the talks as such:
// "called for peace talks" asks for negotiations (a demand), not a format. Not denied ("did not ask for a meeting").
// Words: rules.json trigger/asked-meeting.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { MatchRule } from './triggers.js';
import { defineRule } from './rules/registry.js';
import { QUOTE_MARKS } from './quote-marks.js';

const lower = (doc: Doc, i: number) => doc.tokens[i]?.lower ?? '';

export const askedMeeting: MatchRule = defineRule({
  id: 'trigger/asked-meeting', stage: 'trigger',
  reason: 'A new meeting of the talks asked, pressed or called for ("Kyiv had asked for a direct meeting between the heads of state", "pressed for a leaders\' peace summit later this year", "sought a trilateral meeting with Brussels") is a format put forward: PROPOSE talks, not a DEMAND. The noun phrase right after the cue opens with one of \'openers\' and has one of \'meetingNouns\' as its head within \'maxWords\' words; "called for peace talks" (no meeting noun) stays a demand; not denied.',
  apply(t, { doc, s }) {
    if (t.type !== 'DEMAND' || t.negated) return;
    // ("asked that a summit be convened", "urged that a conference be held": a meeting in a that-clause whose passive says
    // it is to be arranged, trigger/asked-meeting-clause; then any verb of asking.)
    const clause = lower(doc, t.end) === 'that' && w0(doc, 'clauseCues').has(t.cue?.id ?? '');
    if (!clause && t.cue?.id !== 'press-for' && t.cue?.id !== 'call-for') return;
    const w = (list: string) => doc.index.words(askedMeeting.id, list);
    const negators = w('negators');
    for (let k = t.start - 1; k >= Math.max(s.tStart, t.start - 3); k--) if (negators.has(lower(doc, k))) return;
    let j = t.end;
    if (clause) j++;
    else if (lower(doc, j) === 'for' && lower(doc, j - 1) !== 'for') j++;
    if (!w('openers').has(lower(doc, j))) return;
    const max = Number([...w('maxWords')][0] ?? 4);
    const meetings = w('meetingNouns'), stops = w('stops'), after = w('after');
    for (let q = j + 1, words = 0; q < s.tEnd && words < max; q++) {
      const x = doc.tokens[q];
      // (A plural possessive's apostrophe or a hyphen is part of the phrase: "a leaders' summit", "a face-to-face meeting".)
      if (!x.word) { if (x.text === "'" || x.text === '-') continue; return; }
      words++;
      if (stops.has(x.lower)) return;
      if (!meetings.has(x.lower)) continue;
      const next = doc.tokens[q + 1];
      // (In the clause, past the meeting's own phrase to its "be": "urged that a conference of the foreign ministers be held".)
      if (clause) {
        let b = q + 1;
        while (b < s.tEnd && b - q <= 6 && doc.tokens[b].word && lower(doc, b) !== 'be') b++;
        if (lower(doc, b) !== 'be' || !w('arranged').has(lower(doc, b + 1))) return;
      }
      else if (next && next.word && !after.has(next.lower) && q + 1 < s.tEnd) return;
      // ("asked for the meeting to be postponed": what is to be done to a meeting already set, no new one; "to be
      // held" still arranges it.)
      if (lower(doc, q + 1) === 'to' && lower(doc, q + 2) === 'be' && !w('arranged').has(lower(doc, q + 3))) return;
      // ("called for a new round of 'strong sanctions'": a round of something else than the talks, 'ofTalks'.)
      if (w('ofTalks').has(x.lower) && lower(doc, q + 1) === 'of' && !talksAfter(doc, s, q + 2)) return;
      t.type = 'PROPOSE';
      t.defaultIssue = 'talks';
      return { change: `a meeting asked for ("${x.text}"): a format of the talks put forward, PROPOSE` };
    }
  },
});

const w0 = (doc: Doc, list: string) => doc.index.words('trigger/asked-meeting', list);

/** A talks term within three words from `at` (past quotation marks): "of talks", "of peace negotiations". */
function talksAfter(doc: Doc, s: Sentence, at: number): boolean {
  for (let q = at, words = 0; q < s.tEnd && words < 3; q++) {
    if (!doc.tokens[q].word) { if (QUOTE_MARKS.has(doc.tokens[q].text)) continue; return false; }
    words++;
    if (doc.issueAt.get(q)?.values.some((v) => v.issue === 'talks' && !v.weak)) return true;
  }
  return false;
}
